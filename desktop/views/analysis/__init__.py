"""Looking across cases and across time: Compare, What Changed, What Would Flip It and
Snapshots, with the sectioned table the first two share. Imports ``desktop.models``, the shared
view helpers and ``browser.summary_html`` (a snapshot is shown as a case)."""
