"""Vision Journal: a private desktop journal for using AI in ways that strengthen relationships."""

__version__ = "0.1.0"
APP_ID = "org.visionjournal.VisionJournal"
APP_NAME = "Vision Journal"
