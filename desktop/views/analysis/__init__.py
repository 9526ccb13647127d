"""Looking across cases and across time: Compare, What Changed, What Would Flip It and
Snapshots, with the sectioned table the first two share. Imports ``desktop.models``, the shared
view helpers, ``browser.summary_html`` (a snapshot is shown as a case) and the wizard's
``help_label`` (the same look for help text)."""
