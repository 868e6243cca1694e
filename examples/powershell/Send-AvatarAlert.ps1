<#
.SYNOPSIS
    The avatar alert from PowerShell: speaks a message through a realtime text_stream session, reusing an open one.
.DESCRIPTION
    Pass the session this script returned last time (-Session) to reuse it while it is open; otherwise a new
    text_stream session is started with the message as its seed text. Outputs the session: open its PlaybackUrl
    in any HLS player.
.EXAMPLE
    $s = ./Send-AvatarAlert.ps1 -Message 'Your changes were saved.'
    ./Send-AvatarAlert.ps1 -Message 'Backup finished.' -Session $s
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $Message,
    [string] $AvatarId = 'Daisy-inskirt-20220818',
    # Defaults to the avatar's own default voice.
    [string] $VoiceId,
    # A session from an earlier run; reused while it is open.
    $Session
)

if ($Session) {
    $current = Get-HeyGenRealtimeSession -SessionId $Session -ErrorAction SilentlyContinue
    if ($current.IsOpen -and -not $current.Stopped) {
        $Message | Send-HeyGenRealtimeText -Session $current -PassThru
        return
    }
}

if (-not $VoiceId) { $VoiceId = (Get-HeyGenAvatar -Name $AvatarId | Select-Object -First 1).DefaultVoiceId }
Start-HeyGenRealtimeSession -AvatarId $AvatarId -VoiceId $VoiceId -TextStream -Text $Message
