using System.Text;
using HeyGen.Generator.Tests.Clients;
using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Xunit;

namespace HeyGen.Generator.Tests.ClientRuntime;

/// <summary>Multipart uploads, raw binary bodies, binary downloads and text responses over real HTTP.</summary>
public sealed class BodyKindTests
{
    private const string FileInfoJson = """{"data":{"file_id":"f_1","size":3}}""";

    [Fact]
    public async System.Threading.Tasks.Task Multipart_upload_sends_one_part_per_field()
    {
        await using var server = await RecordingServer.JsonAsync(FileInfoJson);
        using var client = ShopClients.Create(server);
        using var content = new MemoryStream(new byte[] { 0x89, 0x50, 0x4E });

        var info = await client.Files.UploadFileAsync(new ShopFileContent(content, "logo.png", "image/png"), title: "Logo", count: 3);

        var request = server.Single;
        Assert.Equal("/v1/files", request.Path);
        var parts = await ReadPartsAsync(request);
        Assert.Equal(new[] { "file", "title", "count" }, parts.Select(p => p.Name));
        Assert.Equal("logo.png", parts[0].FileName);
        Assert.Equal("image/png", parts[0].ContentType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E }, parts[0].Data);
        Assert.Equal("Logo", Encoding.UTF8.GetString(parts[1].Data));
        Assert.Equal("3", Encoding.UTF8.GetString(parts[2].Data));
        Assert.Equal("f_1", info.FileId);
        Assert.Equal(3L, info.Size);
    }

    [Fact]
    public async System.Threading.Tasks.Task Multipart_optional_fields_left_out_are_not_sent()
    {
        await using var server = await RecordingServer.JsonAsync(FileInfoJson);
        using var client = ShopClients.Create(server);
        using var content = new MemoryStream(new byte[] { 1 });

        await client.Files.UploadFileAsync(new ShopFileContent(content, "a.bin"));

        var part = Assert.Single(await ReadPartsAsync(server.Single));
        Assert.Equal("application/octet-stream", part.ContentType);
    }

    [Fact]
    public async System.Threading.Tasks.Task Raw_binary_body_is_sent_unchanged_with_its_media_type()
    {
        await using var server = await RecordingServer.JsonAsync(FileInfoJson);
        using var client = ShopClients.Create(server);
        var bytes = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
        using var content = new MemoryStream(bytes);

        await client.Files.UploadRawAsync(content, "image/jpeg");

        var request = server.Single;
        Assert.Equal("image/jpeg", request.Header("Content-Type"));
        Assert.Equal(bytes, request.Body);
        Assert.True(content.CanRead, "the caller's stream must not be disposed");
    }

    [Fact]
    public async System.Threading.Tasks.Task Binary_response_streams_the_bytes_with_their_media_type()
    {
        var bytes = new byte[] { 0, 1, 2, 250, 251 };
        await using var server = await RecordingServer.StartAsync(async (_, _, response) =>
        {
            response.ContentType = "video/mp4";
            await response.Body.WriteAsync(bytes);
        });
        using var client = ShopClients.Create(server);

        using var download = await client.Files.DownloadFileAsync("f 1");
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);

        Assert.Equal("/v1/files/f%201/content", server.Single.RawTarget);
        Assert.Equal("video/mp4", download.ContentType);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async System.Threading.Tasks.Task Text_response_is_returned_as_a_string()
    {
        const string Vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nHällo\n";
        await using var server = await RecordingServer.StartAsync(async (_, _, response) =>
        {
            response.ContentType = "text/vtt; charset=utf-8";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(response, Vtt);
        });
        using var client = ShopClients.Create(server);

        var text = await client.Files.GetCaptionAsync("f_1");

        Assert.Equal(Vtt, text);
    }

    private sealed record Part(string Name, string? FileName, string? ContentType, byte[] Data);

    private static async System.Threading.Tasks.Task<List<Part>> ReadPartsAsync(RecordedRequest request)
    {
        var contentType = MediaTypeHeaderValue.Parse(request.Header("Content-Type"));
        Assert.Equal("multipart/form-data", contentType.MediaType.Value);
        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(contentType.Boundary).Value!, new MemoryStream(request.Body));
        var parts = new List<Part>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var data = new MemoryStream();
            await section.Body.CopyToAsync(data);
            parts.Add(new Part(HeaderUtilities.RemoveQuotes(disposition.Name).Value!, HeaderUtilities.RemoveQuotes(disposition.FileName).Value, section.ContentType, data.ToArray()));
        }

        return parts;
    }
}
