using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using HeyGen.Benchmarks.Stj;

namespace HeyGen.Benchmarks;

/// <summary>
/// (b) The generated reflection-free converters (what the client uses: <c>HeyGenJson.Serialize/Deserialize</c>) against
/// System.Text.Json's source-generated serializer on equivalent hand-written models, UTF-8 bytes in and out.
/// </summary>
public class SerializationBenchmarks
{
    private readonly byte[] _avatarJson = Encoding.UTF8.GetBytes(Payloads.AvatarRequest.Trim());
    private readonly byte[] _imageJson = Encoding.UTF8.GetBytes(Payloads.ImageRequest.Trim());
    private readonly byte[] _detailJson = Encoding.UTF8.GetBytes(Payloads.VideoDetail.Trim());
    private global::HeyGen.CreateVideoRequest _avatar = null!;
    private global::HeyGen.CreateVideoRequest _image = null!;
    private global::HeyGen.VideoDetail _detail = null!;
    private Stj.CreateVideoRequest _avatarStj = null!;
    private Stj.CreateVideoRequest _imageStj = null!;
    private Stj.VideoDetail _detailStj = null!;

    [GlobalSetup]
    public void Setup()
    {
        _avatar = GeneratedDeserializeAvatar();
        _image = GeneratedDeserializeImage();
        _detail = GeneratedDeserializeDetail();
        _avatarStj = StjDeserializeAvatar();
        _imageStj = StjDeserializeImage();
        _detailStj = StjDeserializeDetail();

        // Both sides must read and write the same documents, or the comparison means nothing.
        Same(_avatarJson, GeneratedSerializeAvatar(), StjSerializeAvatar());
        Same(_imageJson, GeneratedSerializeImage(), StjSerializeImage());
        Same(_detailJson, GeneratedSerializeDetail(), StjSerializeDetail());
    }

    private static void Same(byte[] input, byte[] generated, byte[] stj)
    {
        var expected = JsonNode.Parse(input);
        if (!JsonNode.DeepEquals(expected, JsonNode.Parse(generated)) || !JsonNode.DeepEquals(expected, JsonNode.Parse(stj)))
        {
            throw new InvalidOperationException("Round trips differ:\n" + Encoding.UTF8.GetString(input) + "\n" + Encoding.UTF8.GetString(generated) + "\n" + Encoding.UTF8.GetString(stj));
        }
    }

    [BenchmarkCategory("Avatar request: serialize"), Benchmark(Baseline = true)]
    public byte[] StjSerializeAvatar() => JsonSerializer.SerializeToUtf8Bytes(_avatarStj, StjContext.Default.CreateVideoRequest);

    [BenchmarkCategory("Avatar request: serialize"), Benchmark]
    public byte[] GeneratedSerializeAvatar() => global::HeyGen.HeyGenJson.Serialize(_avatar, global::HeyGen.CreateVideoRequestJsonConverter.WriteValue);

    [BenchmarkCategory("Avatar request: deserialize"), Benchmark(Baseline = true)]
    public Stj.CreateVideoRequest StjDeserializeAvatar() => JsonSerializer.Deserialize(_avatarJson, StjContext.Default.CreateVideoRequest)!;

    [BenchmarkCategory("Avatar request: deserialize"), Benchmark]
    public global::HeyGen.CreateVideoRequest GeneratedDeserializeAvatar() => global::HeyGen.HeyGenJson.Deserialize<global::HeyGen.CreateVideoRequest>(_avatarJson, global::HeyGen.CreateVideoRequestJsonConverter.ReadValue);

    [BenchmarkCategory("Image request: serialize"), Benchmark(Baseline = true)]
    public byte[] StjSerializeImage() => JsonSerializer.SerializeToUtf8Bytes(_imageStj, StjContext.Default.CreateVideoRequest);

    [BenchmarkCategory("Image request: serialize"), Benchmark]
    public byte[] GeneratedSerializeImage() => global::HeyGen.HeyGenJson.Serialize(_image, global::HeyGen.CreateVideoRequestJsonConverter.WriteValue);

    [BenchmarkCategory("Image request: deserialize"), Benchmark(Baseline = true)]
    public Stj.CreateVideoRequest StjDeserializeImage() => JsonSerializer.Deserialize(_imageJson, StjContext.Default.CreateVideoRequest)!;

    [BenchmarkCategory("Image request: deserialize"), Benchmark]
    public global::HeyGen.CreateVideoRequest GeneratedDeserializeImage() => global::HeyGen.HeyGenJson.Deserialize<global::HeyGen.CreateVideoRequest>(_imageJson, global::HeyGen.CreateVideoRequestJsonConverter.ReadValue);

    [BenchmarkCategory("Video detail: serialize"), Benchmark(Baseline = true)]
    public byte[] StjSerializeDetail() => JsonSerializer.SerializeToUtf8Bytes(_detailStj, StjContext.Default.VideoDetail);

    [BenchmarkCategory("Video detail: serialize"), Benchmark]
    public byte[] GeneratedSerializeDetail() => global::HeyGen.HeyGenJson.Serialize(_detail, global::HeyGen.VideoDetailJsonConverter.WriteValue);

    [BenchmarkCategory("Video detail: deserialize"), Benchmark(Baseline = true)]
    public Stj.VideoDetail StjDeserializeDetail() => JsonSerializer.Deserialize(_detailJson, StjContext.Default.VideoDetail)!;

    [BenchmarkCategory("Video detail: deserialize"), Benchmark]
    public global::HeyGen.VideoDetail GeneratedDeserializeDetail() => global::HeyGen.HeyGenJson.Deserialize<global::HeyGen.VideoDetail>(_detailJson, global::HeyGen.VideoDetailJsonConverter.ReadValue);
}
