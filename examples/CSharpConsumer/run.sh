#!/usr/bin/env bash
# Packs HeyGen.Generator (and HeyGen.Client) into artifacts/packages, builds this stand-alone consumer from that local
# feed with warnings as errors, and runs its flow (list avatars, create a video, wait, download) against the
# standalone emulator, started by the consumer as a child process. Exits non-zero on any failure. CI calls it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
feed="$root/artifacts/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset STUDIO_HEYGEN_KEY HEYGEN_API_KEY

step() { printf -- '--- %s\n' "$1"; }

step "pack HeyGen.Generator and HeyGen.Client into $feed"
mkdir -p "$feed"
dotnet pack "$root/generator/HeyGen.Generator/HeyGen.Generator.csproj" -c Release -o "$feed" --nologo -v quiet
dotnet pack "$root/module/HeyGen.Client/HeyGen.Client.csproj" -c Release -o "$feed" --nologo -v quiet
for package in HeyGen.Generator HeyGen.Client; do
  ls "$feed"/"$package".*.nupkg >/dev/null
done

step "build the standalone emulator"
dotnet build "$root/module/HeyGen.Emulator/HeyGen.Emulator.csproj" -c Release --nologo -v quiet
emulator="$root/module/HeyGen.Emulator/bin/Release/net10.0/HeyGen.Emulator.dll"

step "build the consumer from the local feed (fresh restore, warnings are errors)"
rm -rf "$here/bin" "$here/obj"
dotnet build "$here/CSharpConsumer.csproj" -c Release --nologo -warnaserror

step "run the flow against the emulator"
dotnet "$here/bin/Release/net10.0/CSharpConsumer.dll" --emulator "$emulator" --out "$here/out"
