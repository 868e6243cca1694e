using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Routes.Admin;
using HeyGen.Emulator.Routes.Legacy;
using HeyGen.Emulator.Routes.Media;
using HeyGen.Emulator.Routes.V3;

namespace HeyGen.Emulator.Routes;

/// <summary>Every route of the emulator: the spec's operations (v3 and legacy v1/v2), media, and the emulator's own.</summary>
internal static class EmulatorRoutes
{
    public static void Map(IEndpointRouteBuilder app, EmulatorContext emulator)
    {
        // v3
        new VideoRoutes(emulator).Map(app);
        new VideoBatchRoutes(emulator).Map(app);
        new AssetRoutes(emulator).Map(app);
        new AvatarRoutes(emulator).Map(app);
        new VoiceRoutes(emulator).Map(app);
        new WebhookEndpointRoutes(emulator).Map(app);
        new UserRoutes(emulator).Map(app);
        new AvatarRealtimeRoutes(emulator).Map(app);

        // v1/v2
        new LegacyVideoRoutes(emulator).Map(app);
        new LegacyAvatarRoutes(emulator).Map(app);
        new LegacyVoiceRoutes(emulator).Map(app);
        new PhotoAvatarRoutes(emulator).Map(app);
        new LegacyAssetRoutes(emulator).Map(app);
        new LegacyWebhookRoutes(emulator).Map(app);
        new StreamingRoutes(emulator).Map(app);

        // Files and streams, and the emulator's own control surface.
        new VideoMediaRoutes(emulator).Map(app);
        new CatalogMediaRoutes(emulator).Map(app);
        new RealtimeStreamRoutes(emulator).Map(app);
        new AdminRoutes(emulator).Map(app);
    }
}
