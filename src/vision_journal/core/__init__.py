"""The Qt-free journal core: domain records, storage, validation and pure calculations."""
