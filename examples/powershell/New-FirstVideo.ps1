<#
.SYNOPSIS
    Makes one video with an avatar found by name and saves it: the module's whole journey in one pipeline.
.EXAMPLE
    ./New-FirstVideo.ps1 -AvatarName 'Daisy*' -Script 'Welcome!' -OutDirectory ./out
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $AvatarName = 'Daisy*',
    [string] $Script = 'Hello from the HeyGen PowerShell module.',
    # Defaults to the avatar's own default voice.
    [string] $VoiceId,
    [string] $OutDirectory = './out'
)

$avatar = Get-HeyGenAvatar -Name $AvatarName | Select-Object -First 1
if (-not $avatar) { throw "No avatar matches '$AvatarName'." }

# -WhatIf given to this script reaches New-HeyGenVideo through $WhatIfPreference.
$create = @{ Script = $Script }
if ($VoiceId) { $create.VoiceId = $VoiceId }

$avatar | New-HeyGenVideo @create | Wait-HeyGenVideo | Save-HeyGenVideo -Directory $OutDirectory -Asset Video, Thumbnail -Force
