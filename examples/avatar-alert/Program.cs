using HeyGen.Examples.AvatarAlert;

// dotnet run --project examples/avatar-alert                                   (in-process emulator)
// HEYGEN_API_KEY=... dotnet run --project examples/avatar-alert -- --AvatarAlert:Backend=heygen
await AvatarAlertApp.Build(args).RunAsync();
