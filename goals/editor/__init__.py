"""The plan editor's model: a plan as rows a form can edit, and a draft under review.

Pure (no SQL, no Streamlit): the widgets in goals.ui.editor draw it, goals.services.plan_editing
saves it."""
