"""Jinja2 templates and CSS for the report (installed as ai_exposure.report_templates)."""
