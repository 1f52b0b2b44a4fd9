# Build the Zhazba desktop bundle on Windows (the courtroom PCs' system): dist\zhazba\zhazba.exe
# Needs Python 3.11 (python.org installer, "py" launcher). PortAudio (with WASAPI; set
# SD_ENABLE_ASIO=1 at run time for the ASIO build) and libsndfile come inside the sounddevice and
# soundfile wheels, and PyInstaller's hooks collect them; build.spec lists the assets.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install --upgrade pip
.venv\Scripts\python -m pip install -e ".[build]"
.venv\Scripts\pyinstaller --noconfirm --clean build.spec
.venv\Scripts\python -c "print('built dist\\zhazba')"
dist\zhazba\zhazba.exe about
