<#
.SYNOPSIS
    A v1 streaming session's whole life: create, start, say each line word for word, stop.
.EXAMPLE
    ./Invoke-StreamingAnnouncement.ps1 -Line 'Good morning.', 'The build is green.' -Quality low
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string[]] $Line,
    [string] $AvatarId = 'Daisy-inskirt-20220818',
    [string] $VoiceId,
    [ValidateSet('low', 'medium', 'high')] [string] $Quality = 'medium'
)

if (-not $VoiceId) { $VoiceId = (Get-HeyGenAvatar -Name $AvatarId | Select-Object -First 1).DefaultVoiceId }
$session = New-HeyGenStreamingSession -AvatarId $AvatarId -VoiceId $VoiceId -Quality $Quality | Start-HeyGenStreamingSession
if (-not $session) { return }   # -WhatIf
try {
    # One repeat task per line, each returning when the avatar has finished speaking it.
    $Line | Send-HeyGenStreamingTask -SessionId $session.SessionId -TaskType repeat -TaskMode sync
}
finally {
    $session | Stop-HeyGenStreamingSession
}
