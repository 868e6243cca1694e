<#
.SYNOPSIS
    Creates a video and saves it when HeyGen's webhook says it is done, instead of polling.
.DESCRIPTION
    Registers http://localhost:<Port>/heygen/webhook/ as a webhook endpoint (HeyGen itself needs a public URL, for
    example through a tunnel; the emulator reaches localhost), creates the video, receives and verifies the event
    with Wait-HeyGenWebhookEvent, saves the video, and unregisters the endpoint.
.EXAMPLE
    ./Wait-VideoWebhook.ps1 -Script 'Hello!' -Port 8080 -OutDirectory ./out
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Script,
    [string] $AvatarId = 'Daisy-inskirt-20220818',
    [string] $VoiceId,
    [int] $Port = 8080,
    [string] $PublicUrl = "http://localhost:$Port/heygen/webhook/",
    [string] $OutDirectory = './out',
    [int] $TimeoutSec = 900
)

$endpoint = Register-HeyGenWebhookEndpoint -Url $PublicUrl -Event avatar_video.success, avatar_video.fail
try {
    $create = @{ AvatarId = $AvatarId; Script = $Script }
    if ($VoiceId) { $create.VoiceId = $VoiceId } else { $create.VoiceId = (Get-HeyGenAvatar -Name $AvatarId | Select-Object -First 1).DefaultVoiceId }
    $video = New-HeyGenVideo @create
    # Other videos' events may arrive too: wait until the one about ours.
    $delivery = $endpoint | Wait-HeyGenWebhookEvent -Port $Port -TimeoutSec $TimeoutSec |
        Where-Object VideoId -eq $video.VideoId | Select-Object -First 1
    if (-not $delivery.Succeeded) { throw "Video $($video.VideoId) failed: $($delivery.Message)" }
    $delivery | Save-HeyGenVideo -Directory $OutDirectory -Force
}
finally {
    $endpoint | Unregister-HeyGenWebhookEndpoint -Confirm:$false
}
