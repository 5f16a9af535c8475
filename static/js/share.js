// Share links work without JavaScript; this adds the device's share sheet where the
// browser has one (navigator.share) and a button that copies the page's address.
for (const button of document.querySelectorAll("[data-share-url]")) {
    if (!navigator.share) continue;
    button.closest("li").hidden = false;
    button.addEventListener("click", () => {
        navigator.share({
            title: button.dataset.shareTitle,
            text: button.dataset.shareText,
            url: button.dataset.shareUrl,
        }).catch(() => {});
    });
}
for (const button of document.querySelectorAll("[data-copy-url]")) {
    if (!navigator.clipboard) continue;
    button.closest("li").hidden = false;
    button.addEventListener("click", () => {
        navigator.clipboard.writeText(button.dataset.copyUrl).then(() => {
            button.nextElementSibling.textContent = button.dataset.copied;
        });
    });
}
