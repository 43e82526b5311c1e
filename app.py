"""The workbench's review app: `streamlit run app.py`.

A thin shell: `main()` draws the sidebar (the reviewer's name, the page) and
hands over to the page, which calls the library. The store is named by
WORKBENCH_DB (default ./workbench.db); on first start an empty store is
filled with the sample corpus.
"""

from __future__ import annotations

import streamlit as st

from workbench.ui.common import get_store, reviewer_ui, show_flashes

PAGES = ("Corpus", "Review", "Export", "Scores", "Log")
# The pages where a reviewer changes something (debris, beads): each change is signed.
SIGNED = ("Corpus", "Review")
URL_PAGE = "page_in_url"  # the page this session last read in or wrote to the URL


def wanted_page() -> str:
    """The page asked for, no widget drawn: the URL's (``?page=review``) when it names another
    page than the one this session last wrote there (a link, the browser's Back or Forward:
    newcomer22, Back stayed on Export), else this session's choice."""
    wanted = str(st.query_params.get("page", "")).capitalize()
    if wanted in PAGES and wanted != st.session_state.get(URL_PAGE):
        st.session_state["page"] = wanted
    elif "page" not in st.session_state:
        st.session_state["page"] = PAGES[0]
    st.session_state[URL_PAGE] = wanted
    return str(st.session_state["page"])


def page_ui() -> str:
    """The page chosen in the sidebar, kept in the URL (``?page=review``)."""
    wanted_page()
    page = str(st.sidebar.radio("Page", PAGES, key="page"))
    st.query_params["page"] = page.lower()  # a new entry in the browser's history
    st.session_state[URL_PAGE] = page
    return page


def main() -> None:
    st.set_page_config(page_title="Alignment workbench", page_icon="🔗", layout="wide")
    if wanted_page() == "Review":
        from workbench.ui.review import review_alone

        # with beads to review, the editor draws the page's choices itself and the page
        # has no sidebar: Streamlit's sidebar widgets cost more of the first render than
        # the 2,000 rows (bench/app_browser.py)
        if review_alone(PAGES):
            return
    st.sidebar.markdown("### Alignment workbench")
    page = page_ui()
    name = reviewer_ui()
    if not name and page in SIGNED:  # reading the log or exporting needs no name
        st.sidebar.warning("Give your name to edit: it signs every change you make.")
    get_store()
    if page != "Review":  # the review page keeps every pixel for the beads
        st.header(f"Alignment workbench · {page}")
    show_flashes()
    if page == "Corpus":
        from workbench.ui.corpus import corpus_page

        corpus_page()
    elif page == "Review":
        from workbench.ui.review import review_page

        review_page()
    elif page == "Export":
        from workbench.ui.export import export_page

        export_page()
    elif page == "Scores":
        from workbench.ui.scores import scores_page

        scores_page()
    else:
        from workbench.ui.log import log_page

        log_page()


main()
