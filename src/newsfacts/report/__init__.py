"""See the facts: HTML reports of an Article and index pages of a batch run.

Data flow: :mod:`~newsfacts.report.view` (Article + the cleaner's removed blocks -> what to show)
-> :mod:`~newsfacts.report.page` (one self-contained HTML page; colors from
:mod:`~newsfacts.report.palette`, inline CSS and script from :mod:`~newsfacts.report.assets`);
:mod:`~newsfacts.report.index` writes a batch run's index page and the report of every article.
"""

from newsfacts.report.index import render_index, write_batch_report
from newsfacts.report.page import render_report

__all__ = ["render_index", "render_report", "write_batch_report"]
