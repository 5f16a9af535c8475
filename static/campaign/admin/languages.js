// The page editor's languages (campaign/language_admin.py):
// - opens wagtail-modeltranslation's locale picker on ?language=xx as well (the
//   translation status report links here), before the picker is built;
// - the buttons of the languages side panel show a language's fields;
// - text typed in a language's rich text and stream blocks gets that language and
//   an automatic direction (plain fields get theirs from the server).
(function () {
  "use strict";

  var SECTION_ID = /_([a-z]{2,3})-section$/;
  var EDITABLE = 'input[type="text"], textarea, [contenteditable="true"]';

  function languages() {
    var settings = window.wagtailModelTranslations;
    return settings ? settings.languages : [];
  }

  function openRequestedLanguage() {
    var settings = window.wagtailModelTranslations;
    var code = new URLSearchParams(window.location.search).get("language");
    if (!settings || languages().indexOf(code) === -1) {
      return;
    }
    if (settings.locale_picker_default.indexOf(code) === -1) {
      settings.locale_picker_default = settings.locale_picker_default.concat([code]);
    }
  }

  function languageSections() {
    return Array.prototype.filter.call(
      document.querySelectorAll("section.w-panel[id]"),
      function (section) {
        var match = SECTION_ID.exec(section.id);
        return match && languages().indexOf(match[1]) !== -1;
      }
    );
  }

  function markEditableText() {
    languageSections().forEach(function (section) {
      var code = SECTION_ID.exec(section.id)[1];
      section.querySelectorAll(EDITABLE).forEach(function (field) {
        if (!field.hasAttribute("lang")) {
          field.setAttribute("lang", code);
        }
        if (!field.hasAttribute("dir")) {
          field.setAttribute("dir", "auto");
        }
      });
    });
  }

  function showLanguage(code) {
    document.querySelectorAll(".locale-toggle").forEach(function (toggle) {
      if (
        toggle.textContent.trim() === code &&
        !toggle.classList.contains("showing-locale")
      ) {
        toggle.click();
      }
    });
    var first = languageSections().filter(function (section) {
      return SECTION_ID.exec(section.id)[1] === code && section.offsetParent;
    })[0];
    if (first) {
      first.scrollIntoView({ block: "start" });
      var field = first.querySelector(EDITABLE);
      if (field) {
        field.focus({ preventScroll: true });
      }
    }
  }

  function start() {
    openRequestedLanguage();
    markEditableText();
    var form = document.querySelector("form[data-edit-form]") || document.body;
    var pending = null;
    new MutationObserver(function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(markEditableText, 100);
    }).observe(form, { childList: true, subtree: true });
    document.addEventListener("click", function (event) {
      var button = event.target.closest("[data-show-language]");
      if (button) {
        showLanguage(button.getAttribute("data-show-language"));
      }
    });
  }

  if (window.jQuery) {
    window.jQuery(start);
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();
