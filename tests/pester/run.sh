#!/usr/bin/env bash
# Runs the Pester suite of the HeyGen module when pwsh and Pester 5 are installed, and says clearly when it
# cannot (this repository's build machines have no PowerShell). Call it from .ci/run after the .NET build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if ! command -v pwsh >/dev/null 2>&1; then
  echo "Pester suite SKIPPED: pwsh is not installed (tests/pester needs PowerShell 7 and Pester 5)."
  exit 0
fi

if ! pwsh -NoProfile -Command "if (-not (Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0.0')) { exit 3 }"; then
  echo "Pester suite SKIPPED: Pester 5 is not installed (Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser)."
  exit 0
fi

if ! ls "$root"/artifacts/HeyGen/*/HeyGen.psd1 >/dev/null 2>&1; then
  dotnet build "$root/module/HeyGen.PowerShell.Layout" -nologo -v quiet
fi

exec pwsh -NoProfile -NonInteractive -Command "
  \$config = New-PesterConfiguration
  \$config.Run.Path = '$here'
  \$config.Run.Exit = \$true
  \$config.Output.Verbosity = 'Detailed'
  Invoke-Pester -Configuration \$config"
