#
# Module manifest for HeyGen: the HeyGen API, video manifests and a local emulator from PowerShell.
# ModuleVersion must equal the repository's <Version> (Directory.Build.props); the layout build checks it.
#
@{
    # The cmdlets. The loader below is imported first (nested modules load before the root module).
    RootModule = 'HeyGen.dll'

    # HeyGen.PowerShell.Loader isolates the module's dependencies before HeyGen.dll and its references load.
    NestedModules = @('HeyGen.PowerShell.Loader.dll')

    ModuleVersion = '0.1.0'
    GUID = '6f0f5a52-4c1e-4e5b-9d0a-2b7f3c1e8a41'
    Author = 'HeyGen Toolkit contributors'
    CompanyName = 'HeyGen Toolkit contributors'
    Copyright = '(c) HeyGen Toolkit contributors. MIT License.'
    Description = 'Make HeyGen AI avatar videos from PowerShell: list avatars and voices, create, wait for and download videos, upload assets, render YAML video manifests idempotently, drive realtime and streaming avatars, receive verified webhooks, build photo avatars, and run a local HeyGen emulator.'

    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion = '5.1'

    FormatsToProcess = @('HeyGen.Format.ps1xml')

    # Explicit lists (no wildcards): fast command discovery and an honest Gallery listing.
    CmdletsToExport = @(
        'Connect-HeyGen',
        'Disconnect-HeyGen',
        'Get-HeyGenUser',
        'Get-HeyGenAvatar',
        'Get-HeyGenAvatarGroup',
        'Get-HeyGenVoice',
        'New-HeyGenVideo',
        'Get-HeyGenVideo',
        'Wait-HeyGenVideo',
        'Save-HeyGenVideo',
        'Remove-HeyGenVideo',
        'Send-HeyGenAsset',
        'Invoke-HeyGenManifest',
        'Test-HeyGenManifest',
        'Get-HeyGenManifestState',
        'Start-HeyGenEmulator',
        'Stop-HeyGenEmulator',
        'Start-HeyGenRealtimeSession',
        'Get-HeyGenRealtimeSession',
        'Send-HeyGenRealtimeText',
        'Stop-HeyGenRealtimeSession',
        'New-HeyGenStreamingSession',
        'Start-HeyGenStreamingSession',
        'Get-HeyGenStreamingSession',
        'Send-HeyGenStreamingTask',
        'Stop-HeyGenStreamingTask',
        'Stop-HeyGenStreamingSession',
        'Register-HeyGenWebhookEndpoint',
        'Get-HeyGenWebhookEndpoint',
        'Unregister-HeyGenWebhookEndpoint',
        'Test-HeyGenWebhookSignature',
        'Wait-HeyGenWebhookEvent',
        'New-HeyGenPhotoAvatarPhoto',
        'Wait-HeyGenPhotoAvatar',
        'New-HeyGenPhotoAvatarGroup',
        'Add-HeyGenPhotoAvatarLook',
        'Start-HeyGenPhotoAvatarTraining',
        'New-HeyGenPhotoAvatarLook'
    )
    FunctionsToExport = @()
    VariablesToExport = @()
    AliasesToExport = @()

    PrivateData = @{
        PSData = @{
            Tags = @('HeyGen', 'AI', 'Video', 'Avatar', 'TextToSpeech', 'Automation', 'Streaming', 'Webhook', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri = 'https://github.com/heygen-toolkit/heygen-toolkit/blob/main/LICENSE'
            ProjectUri = 'https://github.com/heygen-toolkit/heygen-toolkit'
            ReleaseNotes = 'Session, catalogue, video, asset, manifest and emulator cmdlets; realtime (v3) and streaming (v1) avatar sessions, webhook endpoints and a verifying receiver, and the photo avatar pipeline.'
        }
    }
}
