// The language switcher leads to the same form in the other language. What the
// visitor typed goes along: stored in this tab's sessionStorage when a link to
// another language is followed, put back into the form there, then forgotten.
// Files, the hidden spam trap and buttons are left out. Without JavaScript the
// link still leads to the same form, empty.
const form = document.querySelector("form[data-keep-across-languages]");

function typed(form) {
    const values = {};
    for (const field of form.elements) {
        if (!field.name || field.disabled || field.closest("[aria-hidden='true']")) continue;
        if (["file", "password", "submit", "button", "reset"].includes(field.type)) continue;
        if (field.type === "checkbox" || field.type === "radio") {
            values[field.name] = values[field.name] || [];
            if (field.checked) values[field.name].push(field.value);
        } else if (field.multiple) {
            values[field.name] = Array.from(field.selectedOptions, (option) => option.value);
        } else {
            values[field.name] = field.value;
        }
    }
    return values;
}

function restore(form, values) {
    for (const field of form.elements) {
        if (!(field.name in values) || field.closest("[aria-hidden='true']")) continue;
        const value = values[field.name];
        if (field.type === "checkbox" || field.type === "radio") {
            field.checked = value.includes(field.value);
        } else if (field.multiple) {
            for (const option of field.options) option.selected = value.includes(option.value);
        } else if (!["file", "password", "submit", "button", "reset"].includes(field.type)) {
            field.value = value;
        }
    }
}

if (form) {
    const key = `kept-form:${form.dataset.keepAcrossLanguages}`;
    try {
        const kept = sessionStorage.getItem(key);
        if (kept) {
            sessionStorage.removeItem(key);
            restore(form, JSON.parse(kept));
        }
    } catch {
        // Storage refused (private mode) or unreadable: the form stays as served.
    }
    const links = document.querySelectorAll(".language-switcher a[hreflang], .language-notice a[hreflang]");
    for (const link of links) {
        link.addEventListener("click", () => {
            try {
                sessionStorage.setItem(key, JSON.stringify(typed(form)));
            } catch {
                // Nothing kept: the other language's form opens empty.
            }
        });
    }
}
