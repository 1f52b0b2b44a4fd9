"""The secretary's window while a hearing is set up and recorded: form, meter, markers,
controls, alarms, monitoring, speaker help and the recording view model."""
