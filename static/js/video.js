// Click-to-load videos: the page holds a link to the video; on click, and only then,
// the link becomes the privacy-friendly player (youtube-nocookie.com, player.vimeo.com).
// Each video block includes this file; the listener is added once.
if (!window.videoLoader) {
    window.videoLoader = true;
    document.addEventListener("click", (event) => {
        const link = event.target.closest("a.video__load[data-embed]");
        if (!link || !link.dataset.embed) return;
        event.preventDefault();
        const frame = document.createElement("iframe");
        frame.className = "video__frame";
        frame.src = link.dataset.embed;
        frame.title = link.dataset.title || "";
        frame.allow = "autoplay; fullscreen; picture-in-picture";
        frame.allowFullscreen = true;
        link.closest(".video").querySelector(".video__notice")?.remove();
        link.replaceWith(frame);
        frame.focus();
    });
}
