"""The audio layer, free of Qt: capture (in a child process), the recording engine, segments and
their durability, the meter, playback, monitoring, the audio self-checks and recovery of files a
crash left open."""
