"""Endorsements of statements: the public form, moderation, e-mails and personal
data, on the pattern every public form shares (campaign/submissions)."""
