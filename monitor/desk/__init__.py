"""The review desk: `monitor serve`, the weekly review work in a browser.

A thin Flask layer over the same `monitor.app.Monitor` the CLI uses: every action a page offers
is one call on its methods, with the signed-in person's name. `settings` (where it listens and
what it needs to be exposed), `passwords` (argon2 hashes), `ratelimit` (sign-in attempts),
`pages` (the values pages show, from Monitor results), `application` (the Flask app), the
views (`timeline_views`, `review_views`, `case_views`, `source_views`, `digest_views`,
`feeds`), `auth`, `forms`, `actions` (one Monitor call with retries) and `serving` (waitress).
"""
