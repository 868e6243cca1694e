namespace HeyGen.Benchmarks;

/// <summary>The JSON documents the serialization and client benchmarks use (shapes from spec/ and its examples).</summary>
internal static class Payloads
{
    /// <summary>POST /v3/videos, avatar variant: engine union, voice settings with the engine-settings union inside anyOf-null, watermark with the image union.</summary>
    public const string AvatarRequest = """
        {"type":"avatar","avatar_id":"Daisy-inskirt-20220818","script":"Welcome to the launch of Orbit, the dashboard that answers before you ask. Every number you care about, live, on one screen.","voice_id":"1bd001e7e50f421d891986aad5158bc8","engine":{"type":"avatar_v","reference_look_id":"look_8c1f5bd0edbd11ee"},"voice_settings":{"speed":1.1,"pitch":0,"volume":0.9,"locale":"en-US","engine_settings":{"engine_type":"elevenlabs","model":"eleven_multilingual_v2","stability":0.5,"similarity_boost":0.75,"style":0.2,"use_speaker_boost":true}},"background":{"type":"color","value":"#FFFFFF"},"caption":{"file_format":"srt","style":"default"},"aspect_ratio":"16:9","resolution":"1080p","fit":"cover","output_format":"mp4","remove_background":false,"title":"product-launch/intro","callback_id":"rk_5f0c2a9e7b41d3","watermark":{"image":{"type":"url","url":"https://cdn.example.com/brand/logo.png"},"opacity":0.8,"scale":0.15}}
        """;

    /// <summary>POST /v3/videos, image variant: the inline image union (base64) and the fish engine settings.</summary>
    public const string ImageRequest = """
        {"type":"image","image":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="},"script":"A word from our founder. We built Orbit because we needed it ourselves.","voice_id":"2d5b0e6cf36f460aa7fc47e3eee4ba54","voice_settings":{"speed":1,"engine_settings":{"engine_type":"fish","model":"s1","stability":0.6,"similarity":0.8}},"background":{"type":"image","url":"https://cdn.example.com/bg.png"},"aspect_ratio":"9:16","resolution":"720p","expressiveness":"high","motion_prompt":"Nods and smiles at the camera","output_format":"mp4","title":"product-launch/founder"}
        """;

    /// <summary>GET /v3/videos/{video_id} data: a completed video.</summary>
    public const string VideoDetail = """
        {"id":"9f3c2b1a7d5e4c6b8a0f1e2d3c4b5a69","title":"Quarterly update","status":"completed","created_at":1767225600,"completed_at":1767225720,"duration":42.5,"video_url":"https://files.heygen.ai/video/9f3c2b1a.mp4?Expires=1767830400&Signature=c2lnbmF0dXJl","captioned_video_url":"https://files.heygen.ai/video/9f3c2b1a.captioned.mp4?Expires=1767830400&Signature=c2lnbmF0dXJl","thumbnail_url":"https://files.heygen.ai/video/9f3c2b1a.jpg","gif_url":"https://files.heygen.ai/video/9f3c2b1a.gif","subtitle_url":"https://files.heygen.ai/video/9f3c2b1a.srt","video_page_url":"https://app.heygen.com/videos/9f3c2b1a7d5e4c6b8a0f1e2d3c4b5a69","folder_id":"fld_01HZX3"}
        """;
}
