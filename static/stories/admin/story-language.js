// Open a story's editor on the language the story is written in: set the default
// of wagtail-modeltranslation's locale picker from the story's language field
// before the picker (a later jQuery ready handler) reads it.
(function () {
  function useStoryLanguage() {
    var field = document.getElementById("id_story_language");
    var settings = window.wagtailModelTranslations;
    if (!field || !field.value || !settings) {
      return;
    }
    if (settings.languages.indexOf(field.value) !== -1) {
      settings.locale_picker_default = [field.value];
    }
  }
  if (window.jQuery) {
    window.jQuery(useStoryLanguage);
  } else {
    document.addEventListener("DOMContentLoaded", useStoryLanguage);
  }
})();
