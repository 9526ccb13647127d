"""Reverse Dependency Workbench: assess Europe's technological leverage over China, case by case."""

__version__ = "0.1.0"
APP_NAME = "Reverse Dependency Workbench"
METHOD_CITATION = (
    "Method: Tim Rühlig (ed.), Reverse Dependency: Making Europe's Digital Technological "
    "Strengths Indispensable to China, Digital Power China, May 2024 (CC BY-NC-ND 4.0)."
)
