"""Reusable widgets: key hints, title lines, banner, bar chart, progress line."""
