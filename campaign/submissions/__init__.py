"""What every public form shares: anyone may send one, without an account.

- ``forms.PublicForm``: the sender's e-mail address and privacy consent, and the
  spam defences (a field people never see, a signed start time);
- ``views.PublicFormView``: cross-site posts refused, a rate limit per client shared
  by all public forms, the form sent back with what was typed, a 503 that stores
  nothing when saving fails;
- ``services``: the rate limit, references, e-mails queued after commit, groups;
- ``emails``: the background tasks' e-mails, in each recipient's language;
- ``admin.PersonalDataViewSet``: the senders' records, viewed, exported and erased
  by permission; ``commands``: the same from the command line, and the purge.

Templates: ``submissions/form_errors.html``, ``form_defences.html``,
``consent.html``, ``refused.html``, ``rate_limited.html``, ``email.html`` and
``admin/confirm_erase.html``. A new public form costs a form class, a template, a
service that stores it and a short ``PublicFormView`` subclass.
"""
