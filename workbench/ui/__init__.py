"""The Streamlit review app's pages (the entry point is app.py: `streamlit run app.py`).

Each page module has one ``*_page()`` function that draws widgets and calls
the library; `view` holds the pure rules of what the Review page shows.
"""
