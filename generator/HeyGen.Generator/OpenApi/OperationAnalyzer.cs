using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HeyGen.Generator.Diagnostics;
using HeyGen.Generator.Model;
using HeyGen.Generator.Naming;
using HeyGen.Generator.Yaml;

namespace HeyGen.Generator.OpenApi;

/// <summary>Reads <c>paths</c> into operations: parameters, bodies, success responses, pagination.</summary>
internal sealed class OperationAnalyzer
{
    public const string DefaultTag = "Default";

    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };
    private static readonly HashSet<string> EnvelopeMetadata = new(StringComparer.Ordinal) { "code", "message", "msg", "error", "request_id" };
    private static readonly string[] TokenParameters = { "token", "page_token", "pageToken", "cursor", "next_token", "nextToken" };
    private static readonly string[] NextTokenProperties = { "next_token", "nextToken", "next_cursor", "nextCursor", "next_page_token", "nextPageToken" };
    private static readonly string[] ItemsProperties = { "data", "items", "results" };
    private static readonly string[] HasMoreProperties = { "has_more", "hasMore" };
    private static readonly (string MediaType, BodyKind Kind)[] FormMediaTypes = { ("multipart/form-data", BodyKind.Multipart), ("application/x-www-form-urlencoded", BodyKind.FormUrlEncoded) };
    private static readonly string[] ReservedLocals = { "cancellationToken", "contentType", "request", "pageToken", "page", "next", "items", "item" };
    private static readonly string[] SkippedHeaders = { "accept", "content-type", "authorization" };

    private readonly SpecContext _ctx;
    private readonly SchemaAnalyzer _schemas;
    private readonly string _defaultServer;
    private readonly string? _apiKeyHeader;
    private readonly bool _documentRequiresAuth;
    private readonly Dictionary<string, string> _operationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameScope> _methodScopes = new(StringComparer.Ordinal);

    public OperationAnalyzer(SpecContext ctx, SchemaAnalyzer schemas, string defaultServer, string? apiKeyHeader, bool documentRequiresAuth)
    {
        _ctx = ctx;
        _schemas = schemas;
        _defaultServer = defaultServer;
        _apiKeyHeader = apiKeyHeader;
        _documentRequiresAuth = documentRequiresAuth;
    }

    /// <summary>Tag names in the order the document declares or first uses them.</summary>
    public static List<string> CollectTags(YamlMapping root)
    {
        var used = new List<string>();
        if (root.Map("paths") is { } paths)
        {
            foreach (var pathEntry in paths.Entries)
            {
                if (pathEntry.Value is not YamlMapping pathItem)
                {
                    continue;
                }

                foreach (var entry in pathItem.Entries)
                {
                    if (Array.IndexOf(HttpMethods, entry.Key.Value) >= 0 && entry.Value is YamlMapping op)
                    {
                        var tag = TagOf(op);
                        if (!used.Contains(tag))
                        {
                            used.Add(tag);
                        }
                    }
                }
            }
        }

        var ordered = new List<string>();
        if (root.Seq("tags") is { } declared)
        {
            foreach (var tag in declared.Items.OfType<YamlMapping>().Select(t => t.Str("name")).Where(n => n is not null))
            {
                if (used.Contains(tag!) && !ordered.Contains(tag!))
                {
                    ordered.Add(tag!);
                }
            }
        }

        ordered.AddRange(used.Where(t => !ordered.Contains(t)));
        return ordered;
    }

    public static string TagOf(YamlMapping operation) =>
        operation.Seq("tags")?.Items.OfType<YamlScalar>().FirstOrDefault(t => !t.IsNull && t.Value.Trim().Length > 0)?.Value ?? DefaultTag;

    public List<(string Tag, OperationModel Operation)> Analyze()
    {
        var result = new List<(string, OperationModel)>();
        if (_ctx.Root["paths"] is not { } pathsNode)
        {
            return result;
        }

        if (pathsNode is not YamlMapping paths)
        {
            _ctx.Report(DiagnosticDescriptors.InvalidStructure, pathsNode.Span, "'paths' is not a mapping", "#/paths", "no operations are generated");
            return result;
        }

        foreach (var pathEntry in paths.Entries)
        {
            var path = pathEntry.Key.Value;
            var pathPointer = SpecContext.Child("#/paths", path);
            var pathItem = pathEntry.Value as YamlMapping;
            if (pathItem is not null && pathItem.Str("$ref") is { } pathRef)
            {
                pathItem = _ctx.Follow(pathRef, pathItem.Span)?.Node as YamlMapping;
            }

            if (pathItem is null)
            {
                _ctx.Report(DiagnosticDescriptors.InvalidStructure, pathEntry.Value.Span, $"The path item '{path}' is not a mapping", pathPointer, "it is skipped");
                continue;
            }

            foreach (var entry in pathItem.Entries)
            {
                var method = entry.Key.Value;
                if (Array.IndexOf(HttpMethods, method) < 0)
                {
                    continue;
                }

                if (!_ctx.Step())
                {
                    return result;
                }

                if (entry.Value is not YamlMapping operation)
                {
                    _ctx.Report(DiagnosticDescriptors.InvalidStructure, entry.Value.Span, $"The operation '{method} {path}' is not a mapping", pathPointer, "it is skipped");
                    continue;
                }

                var model = AnalyzeOperation(path, method, pathItem, operation, SpecContext.Child(pathPointer, method), entry.Key.Span);
                result.Add((TagOf(operation), model));
            }
        }

        return result;
    }

    private OperationModel AnalyzeOperation(string path, string method, YamlMapping pathItem, YamlMapping operation, string pointer, SourceSpan span)
    {
        var tag = TagOf(operation);
        if (!_methodScopes.TryGetValue(tag, out var methods))
        {
            methods = new NameScope();
            _methodScopes[tag] = methods;
        }

        var rawId = operation.Str("operationId");
        var methodBase = rawId is { Length: > 0 } ? CSharpNames.Pascal(rawId!) : SynthesizeName(method, path);
        var operationId = rawId ?? methodBase;
        if (rawId is not null && _operationIds.TryGetValue(rawId, out var firstUse))
        {
            var unique = methods.Claim(methodBase + "Async");
            _ctx.Report(DiagnosticDescriptors.DuplicateOperationId, operation.KeyNode("operationId")!.Span, rawId, method.ToUpperInvariant() + " " + path, firstUse, unique);
            methodBase = unique.Substring(0, unique.Length - "Async".Length);
        }
        else
        {
            var claimed = methods.Claim(methodBase + "Async");
            methodBase = claimed.Substring(0, claimed.Length - "Async".Length);
        }

        if (rawId is not null && !_operationIds.ContainsKey(rawId))
        {
            _operationIds[rawId] = method.ToUpperInvariant() + " " + path;
        }

        var locals = new NameScope();
        foreach (var reserved in ReservedLocals)
        {
            locals.Reserve(reserved);
        }

        var parameters = AnalyzeParameters(path, pathItem, operation, pointer, methodBase, locals, out var idempotencyHeader);
        var bodyName = locals.Claim("body");
        var body = AnalyzeBody(operation, pointer, methodBase, locals);
        var response = AnalyzeResponse(operation, pointer, methodBase, out var envelopeSchema);
        var pagination = AnalyzePagination(parameters, response, envelopeSchema, methodBase, methods);

        return new OperationModel(
            operationId,
            methodBase + "Async",
            method.ToUpperInvariant(),
            path,
            Clean(operation.Str("summary")),
            Clean(operation.Str("description")),
            operation.Flag("deprecated"),
            ServerOf(operation) ?? ServerOf(pathItem),
            RequiresAuth(operation),
            parameters.ToEquatableArray(),
            body,
            response,
            pagination,
            idempotencyHeader,
            bodyName,
            span);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

    private static string SynthesizeName(string method, string path)
    {
        var parts = new List<string> { CSharpNames.Pascal(method) };
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            parts.Add(segment.StartsWith("{", StringComparison.Ordinal) ? "By" + CSharpNames.Pascal(segment.Trim('{', '}')) : CSharpNames.Pascal(segment));
        }

        return string.Concat(parts).TrimStart('_');
    }

    private bool RequiresAuth(YamlMapping operation)
    {
        if (operation["security"] is YamlSequence security)
        {
            return security.Items.Count > 0 && !security.Items.All(i => i is YamlMapping { Entries.Count: 0 });
        }

        return _documentRequiresAuth;
    }

    private string? ServerOf(YamlMapping node)
    {
        if (node.Seq("servers")?.Items.FirstOrDefault() is YamlMapping server && ServerUrl(server) is { } url && url != _defaultServer)
        {
            return url;
        }

        return null;
    }

    /// <summary>A server URL with its variables replaced by their defaults.</summary>
    public static string? ServerUrl(YamlMapping server)
    {
        var url = server.Str("url");
        if (url is null)
        {
            return null;
        }

        if (server.Map("variables") is { } variables)
        {
            foreach (var variable in variables.Entries)
            {
                if (variable.Value is YamlMapping v && v.Str("default") is { } value)
                {
                    url = url.Replace("{" + variable.Key.Value + "}", value);
                }
            }
        }

        return url.TrimEnd('/');
    }

    private List<ParameterModel> AnalyzeParameters(string path, YamlMapping pathItem, YamlMapping operation, string pointer, string methodBase, NameScope locals, out string? idempotencyHeader)
    {
        idempotencyHeader = null;
        var declared = new List<(YamlMapping Node, string Pointer)>();
        void Collect(YamlMapping owner, string ownerPointer)
        {
            if (owner["parameters"] is not YamlSequence list)
            {
                return;
            }

            for (var i = 0; i < list.Items.Count; i++)
            {
                var item = list.Items[i];
                var itemPointer = SpecContext.Child(SpecContext.Child(ownerPointer, "parameters"), i.ToString(CultureInfo.InvariantCulture));
                if (item is YamlMapping m && m.Str("$ref") is { } r)
                {
                    var target = _ctx.Follow(r, m.Span);
                    item = target?.Node!;
                    itemPointer = target?.Pointer ?? itemPointer;
                }

                if (item is not YamlMapping parameter)
                {
                    continue;
                }

                var key = parameter.Str("in") + ":" + parameter.Str("name");
                declared.RemoveAll(d => d.Node.Str("in") + ":" + d.Node.Str("name") == key);
                declared.Add((parameter, itemPointer));
            }
        }

        Collect(pathItem, pointer.Substring(0, pointer.LastIndexOf('/')));
        Collect(operation, pointer);

        var result = new List<ParameterModel>();
        var templateNames = TemplateNames(path);
        foreach (var (node, parameterPointer) in declared)
        {
            var name = node.Str("name");
            var location = node.Str("in");
            if (string.IsNullOrEmpty(name) || location is null)
            {
                _ctx.Report(DiagnosticDescriptors.InvalidStructure, node.Span, "A parameter without 'name' or 'in'", parameterPointer, "it is skipped");
                continue;
            }

            ParameterLocation kind;
            switch (location)
            {
                case "path":
                    kind = ParameterLocation.Path;
                    if (!templateNames.Contains(name!))
                    {
                        _ctx.Report(DiagnosticDescriptors.InvalidStructure, node.Span, $"The path parameter '{name}' does not appear in '{path}'", parameterPointer, "it is skipped");
                        continue;
                    }

                    break;
                case "query":
                    kind = ParameterLocation.Query;
                    break;
                case "header":
                    kind = ParameterLocation.Header;
                    if (SkippedHeaders.Contains(name!.ToLowerInvariant()) || string.Equals(name, _apiKeyHeader, StringComparison.OrdinalIgnoreCase))
                    {
                        // The client sets these itself (and the API key must never be a plain parameter).
                        continue;
                    }

                    if (string.Equals(name, "Idempotency-Key", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "X-Idempotency-Key", StringComparison.OrdinalIgnoreCase))
                    {
                        idempotencyHeader = name;
                    }

                    break;
                default:
                    _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, node.Span, $"A parameter in '{location}'", parameterPointer);
                    continue;
            }

            var type = node["schema"] is { } schema
                ? _schemas.Resolve(schema, SpecContext.Child(parameterPointer, "schema"), methodBase + CSharpNames.Pascal(name!), 1)
                : TypeRef.String;
            if (!IsSimpleParameterType(type))
            {
                _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, node.Span, "An object-valued parameter", parameterPointer);
                type = TypeRef.String;
            }

            var required = kind == ParameterLocation.Path || node.Flag("required");
            var csName = locals.Claim(CSharpNames.Camel(name!));
            var explode = node["explode"] is YamlScalar { Kind: ScalarKind.Boolean } e ? e.Value.Equals("true", StringComparison.OrdinalIgnoreCase) : node.Str("style") is null or "form";
            result.Add(new ParameterModel(name!, csName, kind, type, required, explode, Clean(node.Str("description")), node.Flag("deprecated")));
        }

        foreach (var missing in templateNames.Where(t => result.All(p => p.Location != ParameterLocation.Path || p.Name != t)))
        {
            _ctx.Report(DiagnosticDescriptors.InvalidStructure, operation.Span, $"The path '{path}' uses '{{{missing}}}' but does not declare it", pointer, "a string parameter is added");
            result.Add(new ParameterModel(missing, locals.Claim(CSharpNames.Camel(missing)), ParameterLocation.Path, TypeRef.String, true, true, null, false));
        }

        // Path parameters first (in template order), then required, then optional: a natural call shape.
        return result
            .OrderBy(p => p.Location == ParameterLocation.Path ? templateNames.IndexOf(p.Name) : int.MaxValue)
            .ThenBy(p => p.Required ? 0 : 1)
            .ToList();
    }

    private static bool IsSimpleParameterType(TypeRef type) => type.Kind switch
    {
        TypeKind.Json or TypeKind.Map or TypeKind.Binary or TypeKind.Bytes => false,
        TypeKind.Named => type.NamedKind == NamedKind.Enum,
        TypeKind.Array => type.Element is { } e && e.Kind != TypeKind.Array && IsSimpleParameterType(e),
        _ => true,
    };

    private static List<string> TemplateNames(string path)
    {
        var names = new List<string>();
        var start = -1;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '{')
            {
                start = i + 1;
            }
            else if (path[i] == '}' && start >= 0)
            {
                names.Add(path.Substring(start, i - start));
                start = -1;
            }
        }

        return names;
    }

    private RequestBodyModel? AnalyzeBody(YamlMapping operation, string pointer, string methodBase, NameScope locals)
    {
        if (operation["requestBody"] is not { } bodyNode)
        {
            return null;
        }

        var bodyPointer = SpecContext.Child(pointer, "requestBody");
        if (bodyNode is YamlMapping refMap && refMap.Str("$ref") is { } r)
        {
            var target = _ctx.Follow(r, refMap.Span);
            bodyNode = target?.Node!;
            bodyPointer = target?.Pointer ?? bodyPointer;
        }

        if (bodyNode is not YamlMapping body || body.Map("content") is not { Entries.Count: > 0 } content)
        {
            return null;
        }

        var required = body.Flag("required");
        var description = Clean(body.Str("description"));
        var mediaTypes = content.Entries.Select(e => e.Key.Value).ToList();
        var json = mediaTypes.FirstOrDefault(IsJson);
        var contentPointer = SpecContext.Child(bodyPointer, "content");
        if (json is not null)
        {
            var schema = content.Map(json)?["schema"];
            var type = schema is null ? TypeRef.Json : _schemas.Resolve(schema, SpecContext.Child(SpecContext.Child(contentPointer, json), "schema"), methodBase + "Request", 1);
            return new RequestBodyModel(BodyKind.Json, json, mediaTypes.Where(IsJson).ToEquatableArray(), type, EquatableArray<MultipartPartModel>.Empty, required, description);
        }

        foreach (var (mediaType, kind) in FormMediaTypes)
        {
            if (!mediaTypes.Contains(mediaType))
            {
                continue;
            }

            var schemaPointer = SpecContext.Child(SpecContext.Child(contentPointer, mediaType), "schema");
            var schema = content.Map(mediaType)?["schema"] is { } s ? _schemas.AsObjectSchema(s) : null;
            var parts = new List<MultipartPartModel>();
            if (schema?.Map("properties") is { } properties)
            {
                var requiredParts = new HashSet<string>(schema.Seq("required")?.Items.OfType<YamlScalar>().Select(x => x.Value) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
                foreach (var property in properties.Entries)
                {
                    var partType = _schemas.Resolve(property.Value, SpecContext.Child(SpecContext.Child(schemaPointer, "properties"), property.Key.Value), methodBase + CSharpNames.Pascal(property.Key.Value), 1);
                    var isFile = kind == BodyKind.Multipart && (partType.Kind == TypeKind.Binary
                        || (property.Value is YamlMapping pm && (pm.Str("contentMediaType") is not null || pm.Str("format") == "binary")));
                    if (!isFile && !IsSimpleParameterType(partType) && partType.Kind != TypeKind.Named)
                    {
                        partType = TypeRef.String;
                    }

                    var part = new MultipartPartModel(
                        property.Key.Value,
                        locals.Claim(CSharpNames.Camel(property.Key.Value)),
                        isFile ? new TypeRef(TypeKind.Binary) : partType,
                        requiredParts.Contains(property.Key.Value),
                        isFile,
                        property.Value is YamlMapping described ? SchemaAnalyzer.DescriptionOf(described) : null);
                    parts.Add(part);
                }
            }
            else
            {
                _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, body.Span, $"A '{mediaType}' body without object properties", bodyPointer);
            }

            parts = parts.OrderBy(p => p.Required ? 0 : 1).ToList();
            return new RequestBodyModel(kind, mediaType, new[] { mediaType }.ToEquatableArray(), null, parts.ToEquatableArray(), required, description);
        }

        var binaryTypes = mediaTypes.ToEquatableArray();
        return new RequestBodyModel(BodyKind.Binary, mediaTypes[0], binaryTypes, new TypeRef(TypeKind.Binary), EquatableArray<MultipartPartModel>.Empty, required, description);
    }

    private static bool IsJson(string mediaType)
    {
        var m = mediaType.ToLowerInvariant();
        var semicolon = m.IndexOf(';');
        if (semicolon >= 0)
        {
            m = m.Substring(0, semicolon).Trim();
        }

        return m == "application/json" || m == "text/json" || m.EndsWith("+json", StringComparison.Ordinal);
    }

    private ResponseModel AnalyzeResponse(YamlMapping operation, string pointer, string methodBase, out YamlMapping? envelopeSchema)
    {
        envelopeSchema = null;
        if (operation.Map("responses") is not { } responses)
        {
            return new ResponseModel(ResponseKind.None, null, false, 200, null);
        }

        var success = responses.Entries
            .Where(e => e.Key.Value.Length == 3 && e.Key.Value[0] == '2')
            .OrderBy(e => e.Key.Value == "2XX" || e.Key.Value == "2xx" ? 999 : int.Parse(e.Key.Value, CultureInfo.InvariantCulture))
            .Select(e => (KeyValuePair<YamlScalar, YamlNode>?)e)
            .FirstOrDefault(e => e!.Value.Key.Value.All(char.IsDigit) || e.Value.Key.Value.EndsWith("XX", StringComparison.OrdinalIgnoreCase));
        if (success is null && responses.Entries.All(e => e.Key.Value == "default") && responses["default"] is not null)
        {
            success = responses.Entries.First();
        }

        if (success is null)
        {
            return new ResponseModel(ResponseKind.None, null, false, 200, null);
        }

        var statusText = success.Value.Key.Value;
        var status = int.TryParse(statusText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 200;
        var responseNode = success.Value.Value;
        var responsePointer = SpecContext.Child(SpecContext.Child(pointer, "responses"), statusText);
        if (responseNode is YamlMapping refMap && refMap.Str("$ref") is { } r)
        {
            var target = _ctx.Follow(r, refMap.Span);
            responseNode = target?.Node!;
            responsePointer = target?.Pointer ?? responsePointer;
        }

        if (responseNode is not YamlMapping response)
        {
            return new ResponseModel(ResponseKind.None, null, false, status, null);
        }

        var description = Clean(response.Str("description"));
        if (response.Map("content") is not { Entries.Count: > 0 } content)
        {
            return new ResponseModel(ResponseKind.None, null, false, status, description);
        }

        var mediaTypes = content.Entries.Select(e => e.Key.Value).ToList();
        var json = mediaTypes.FirstOrDefault(IsJson);
        if (json is null)
        {
            var kind = mediaTypes.Any(m => m.StartsWith("text/", StringComparison.OrdinalIgnoreCase)) && mediaTypes.All(m => m.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
                ? ResponseKind.Text
                : ResponseKind.Binary;
            return new ResponseModel(kind, null, false, status, description);
        }

        var schemaPointer = SpecContext.Child(SpecContext.Child(SpecContext.Child(responsePointer, "content"), json), "schema");
        if (content.Map(json)?["schema"] is not { } schema)
        {
            return new ResponseModel(ResponseKind.Json, TypeRef.Json, false, status, description);
        }

        var objectSchema = _schemas.AsObjectSchema(schema);
        if (objectSchema?.Map("properties") is { } properties && properties.Entries.Count > 0
            && properties.Entries.All(e => e.Key.Value == "data" || EnvelopeMetadata.Contains(e.Key.Value))
            && (properties.ContainsKey("data") || properties.ContainsKey("code")))
        {
            // An envelope: return what is under `data`; code/message/error are checked by the transport.
            if (properties["data"] is not { } dataSchema || SchemaAnalyzer.IsNullSchema(dataSchema))
            {
                return new ResponseModel(ResponseKind.Json, null, true, status, description);
            }

            var dataPointer = schema is YamlMapping sm && sm.Str("$ref") is { } envelopeRef && _ctx.Follow(envelopeRef, sm.Span) is { } envelopeTarget
                ? SpecContext.Child(SpecContext.Child(envelopeTarget.Pointer, "properties"), "data")
                : SpecContext.Child(SpecContext.Child(schemaPointer, "properties"), "data");
            var dataType = _schemas.Resolve(dataSchema, dataPointer, methodBase + "Result", 1);
            return new ResponseModel(ResponseKind.Json, dataType, true, status, description);
        }

        envelopeSchema = objectSchema;
        var type = _schemas.Resolve(schema, schemaPointer, methodBase + "Response", 1);
        return new ResponseModel(ResponseKind.Json, type, false, status, description);
    }

    private PaginationModel? AnalyzePagination(List<ParameterModel> parameters, ResponseModel response, YamlMapping? envelope, string methodBase, NameScope methods)
    {
        if (response.UnwrapData || response.Type is not { Kind: TypeKind.Named, NamedKind: NamedKind.Object } pageType || envelope?.Map("properties") is not { } properties)
        {
            return null;
        }

        var token = parameters.FirstOrDefault(p => p.Location == ParameterLocation.Query && TokenParameters.Contains(p.Name) && p.Type.Kind == TypeKind.String);
        var next = NextTokenProperties.FirstOrDefault(properties.ContainsKey);
        var itemsName = ItemsProperties.FirstOrDefault(properties.ContainsKey);
        if (token is null || next is null || itemsName is null)
        {
            return null;
        }

        var page = _schemas.ObjectProperties(pageType.Name!);
        var items = page?.FirstOrDefault(p => p.JsonName == itemsName);
        var nextProperty = page?.FirstOrDefault(p => p.JsonName == next);
        if (items?.Type is not { Kind: TypeKind.Array, Element: { } element } || nextProperty is null || nextProperty.Type.Kind != TypeKind.String)
        {
            return null;
        }

        var hasMore = HasMoreProperties.FirstOrDefault(properties.ContainsKey) is { } hasMoreName
            ? page!.FirstOrDefault(p => p.JsonName == hasMoreName && p.Type.Kind == TypeKind.Boolean)?.CsName
            : null;
        var enumerate = methodBase.StartsWith("List", StringComparison.Ordinal) && methodBase.Length > 4
            ? "Enumerate" + methodBase.Substring(4)
            : "Enumerate" + methodBase;
        var enumerateName = methods.Claim(enumerate + "Async");
        return new PaginationModel(element, token.CsName, items.CsName, nextProperty.CsName, hasMore, enumerateName);
    }
}
