using System.Collections.Generic;
using System.Linq;
using HeyGen.Generator.Model;

namespace HeyGen.Generator.Emit;

/// <summary>Emits one client class per tag (one async method per operation) and the root client that exposes them.</summary>
internal static class ClientEmitter
{
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string CancellationToken = "global::System.Threading.CancellationToken";

    public static string EmitTag(EmitContext ctx, TagModel tag)
    {
        var w = new CodeWriter();
        EmitContext.Header(w);
        w.Open("namespace " + ctx.Namespace);
        w.Doc(tag.Description ?? "Operations tagged " + tag.Name + ".", "Reached through " + ctx.Model.Options.ClientName + "." + tag.PropertyName + ".");
        w.Line(EmitContext.GeneratedCode);
        w.Open(ctx.Visibility + " sealed partial class " + tag.ClassName);
        w.Line("private readonly " + ctx.Qualified(ctx.Prefix + "Transport") + " _transport;");
        w.Line();
        w.Open("internal " + tag.ClassName + "(" + ctx.Qualified(ctx.Prefix + "Transport") + " transport)");
        w.Line("_transport = transport;");
        w.Close();
        foreach (var op in tag.Operations)
        {
            w.Line();
            EmitOperation(ctx, w, op);
            if (op.Pagination is not null && ctx.Features.HasAsyncEnumerable)
            {
                w.Line();
                EmitEnumerate(ctx, w, op);
            }
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    private sealed record Param(string Declaration, string Name, string? Doc, bool IsReferenceRequired);

    private static List<Param> Parameters(EmitContext ctx, OperationModel op, bool includeToken = true)
    {
        var required = new List<Param>();
        var optional = new List<Param>();
        foreach (var p in op.Parameters)
        {
            if (!includeToken && op.Pagination is { } pg && p.CsName == pg.TokenParameterCsName)
            {
                continue;
            }

            var type = ParameterType(ctx, p.Type, !p.Required || p.Type.Nullable);
            var doc = p.Description ?? p.Name;
            if (p.Required)
            {
                required.Add(new Param(type + " " + p.CsName, p.CsName, doc, !p.Type.IsValueType && !p.Type.Nullable));
            }
            else
            {
                optional.Add(new Param(type + " " + p.CsName + " = null", p.CsName, doc, false));
            }
        }

        if (op.Body is { } body)
        {
            switch (body.Kind)
            {
                case BodyKind.Json:
                    {
                        var type = body.Type!;
                        if (body.Required)
                        {
                            required.Add(new Param(ctx.Type(type, type.Nullable) + " " + op.BodyParameterCsName, op.BodyParameterCsName, body.Description ?? "The request body.", !type.IsValueType && !type.Nullable));
                        }
                        else
                        {
                            optional.Add(new Param(ctx.Type(type, true) + " " + op.BodyParameterCsName + " = null", op.BodyParameterCsName, body.Description ?? "The request body.", false));
                        }

                        break;
                    }

                case BodyKind.Binary:
                    required.Add(new Param("global::System.IO.Stream " + op.BodyParameterCsName, op.BodyParameterCsName, body.Description ?? "The bytes to send; the stream is not disposed, and a seekable stream lets the request be retried.", true));
                    required.Add(new Param("string contentType", "contentType", "The media type of the body: " + string.Join(", ", body.ContentTypes) + ".", true));
                    break;
                default:
                    foreach (var part in body.Parts)
                    {
                        var type = part.IsFile ? ctx.Qualified(ctx.Prefix + "FileContent") : ParameterType(ctx, part.Type, !part.Required);
                        if (part.Required)
                        {
                            required.Add(new Param(type + " " + part.CsName, part.CsName, part.Description ?? part.Name, part.IsFile || !part.Type.IsValueType));
                        }
                        else
                        {
                            optional.Add(new Param((part.IsFile ? type + "?" : type) + " " + part.CsName + " = null", part.CsName, part.Description ?? part.Name, false));
                        }
                    }

                    break;
            }
        }

        required.AddRange(optional);
        return required;
    }

    private static string ParameterType(EmitContext ctx, TypeRef type, bool nullable) =>
        type.Kind == TypeKind.Array
            ? "global::System.Collections.Generic.IEnumerable<" + ctx.Element(type.Element!) + ">" + (nullable ? "?" : string.Empty)
            : ctx.Type(type, nullable);

    private static (string ReturnType, string? ResultType) ReturnType(EmitContext ctx, OperationModel op) => op.Response.Kind switch
    {
        ResponseKind.Json when op.Response.Type is { } t => (Task + "<" + ctx.Type(t, t.Nullable) + ">", ctx.Type(t, t.Nullable)),
        ResponseKind.Binary => (Task + "<" + ctx.Qualified(ctx.Prefix + "BinaryResponse") + ">", null),
        ResponseKind.Text => (Task + "<string>", null),
        _ => (Task, null),
    };

    private static void EmitDocs(CodeWriter w, OperationModel op, List<Param> parameters, string exception)
    {
        var remarks = (op.Description is null ? string.Empty : op.Description + "\n\n") + op.HttpMethod + " " + op.Path + " (operationId " + op.OperationId + ")";
        w.Doc(op.Summary ?? op.OperationId, remarks);
        foreach (var p in parameters)
        {
            w.DocElement("param", p.Doc ?? p.Name, "name=\"" + p.Name + "\"");
        }

        w.DocElement("param", "Cancels the call, including any retry wait.", "name=\"cancellationToken\"");
        if (op.Response.Description is { } returns && op.Response.Kind != ResponseKind.None)
        {
            w.DocElement("returns", returns);
        }

        w.Line("/// <exception cref=\"" + exception + "\">The call failed: an HTTP error, a failure reported in the response envelope, an unreadable response, a timeout or a transport fault.</exception>");
    }

    private static void EmitOperation(EmitContext ctx, CodeWriter w, OperationModel op)
    {
        var parameters = Parameters(ctx, op);
        var (returnType, resultType) = ReturnType(ctx, op);
        EmitDocs(w, op, parameters, ctx.Qualified(ctx.Prefix + "ApiException"));
        if (op.Deprecated)
        {
            w.Line("[global::System.Obsolete(" + CodeWriter.Literal("Deprecated by the API: " + op.HttpMethod + " " + op.Path + ".") + ")]");
        }

        var signature = string.Join(", ", parameters.Select(p => p.Declaration).Concat(new[] { CancellationToken + " cancellationToken = default" }));
        w.Open("public " + returnType + " " + op.MethodName + "(" + signature + ")");
        foreach (var p in parameters.Where(p => p.IsReferenceRequired))
        {
            w.Open("if (" + p.Name + " is null)");
            w.Line("throw new global::System.ArgumentNullException(nameof(" + p.Name + "));");
            w.Close();
        }

        var kind = op.Body?.Kind is BodyKind.Multipart or BodyKind.Binary ? "Upload" : op.Response.Kind == ResponseKind.Binary ? "Download" : "Standard";
        w.Line("var request = new " + ctx.Qualified(ctx.Prefix + "Request") + "(" + CodeWriter.Literal(op.HttpMethod) + ", " + PathExpression(ctx, op) + ", " + CodeWriter.Literal(op.OperationId) + ", " + ctx.Qualified(ctx.Prefix + "RequestKind") + "." + kind + ");");
        if (!op.RequiresAuth)
        {
            w.Line("request.RequiresAuth = false;");
        }

        if (op.ServerUrl is { } server)
        {
            w.Line("request.ServerUrl = " + CodeWriter.Literal(server) + ";");
        }

        foreach (var p in op.Parameters.Where(p => p.Location != ParameterLocation.Path))
        {
            if (p.Location == ParameterLocation.Header && op.IdempotencyHeader is { } header && header == p.Name)
            {
                w.Line("request.IdempotencyHeader = " + CodeWriter.Literal(header) + ";");
                w.Line("request.IdempotencyKey = " + p.CsName + ";");
                continue;
            }

            var nullable = !p.Required || p.Type.Nullable;
            if (p.Location == ParameterLocation.Query)
            {
                if (p.Type.Kind == TypeKind.Array)
                {
                    w.Line("request.AddQuery(" + CodeWriter.Literal(p.Name) + ", " + Strings(ctx, p.Type.Element!, p.CsName, nullable) + ", explode: " + (p.Explode ? "true" : "false") + ");");
                }
                else
                {
                    w.Line("request.AddQuery(" + CodeWriter.Literal(p.Name) + ", " + QueryValue(p.Type, p.CsName, nullable) + ");");
                }
            }
            else
            {
                w.Line("request.AddHeader(" + CodeWriter.Literal(p.Name) + ", " + TextValue(ctx, p.Type, p.CsName, nullable) + ");");
            }
        }

        if (op.IdempotencyHeader is { } idempotency && op.Parameters.All(p => p.Name != idempotency))
        {
            w.Line("request.IdempotencyHeader = " + CodeWriter.Literal(idempotency) + ";");
        }

        EmitBody(ctx, w, op);
        switch (op.Response.Kind)
        {
            case ResponseKind.Json when op.Response.Type is { } t:
                // A free-form JSON result (JsonElement) is never marked nullable, yet `data` may be null (e.g. `anyOf: [object, null]` acks): tolerate it.
                w.Line("return _transport.SendJsonAsync<" + resultType + ">(request, static (ref " + EmitContext.Utf8JsonReader + " r) => " + ctx.ReadElement(t, "r", 0, CodeWriter.Literal(op.OperationId + " response")) + ", unwrapData: " + (op.Response.UnwrapData ? "true" : "false") + ", allowNull: " + (t.Nullable || t.Kind == TypeKind.Json ? "true" : "false") + ", cancellationToken);");
                break;
            case ResponseKind.Binary:
                w.Line("return _transport.SendBinaryAsync(request, cancellationToken);");
                break;
            case ResponseKind.Text:
                w.Line("return _transport.SendTextAsync(request, cancellationToken);");
                break;
            default:
                w.Line("return _transport.SendAsync(request, cancellationToken);");
                break;
        }

        w.Close();
    }

    private static void EmitBody(EmitContext ctx, CodeWriter w, OperationModel op)
    {
        if (op.Body is not { } body)
        {
            return;
        }

        var name = op.BodyParameterCsName;
        switch (body.Kind)
        {
            case BodyKind.Json:
                {
                    var type = body.Type!;
                    var serialize = ctx.Json + ".Serialize<" + ctx.Type(type, false) + ">(" + name + (type.IsValueType && (!body.Required || type.Nullable) ? ".Value" : string.Empty) + ", static (w, v) => { " + ctx.Write(type, "v", "w", 0) + " })";
                    if (body.Required && !type.Nullable)
                    {
                        w.Line("request.JsonBody = " + serialize + ";");
                    }
                    else
                    {
                        w.Open("if (" + name + " is not null)");
                        w.Line("request.JsonBody = " + serialize + ";");
                        w.Close();
                    }

                    break;
                }

            case BodyKind.Binary:
                w.Line("request.BinaryBody = " + name + ";");
                w.Line("request.BinaryContentType = contentType;");
                break;
            default:
                if (body.Kind == BodyKind.FormUrlEncoded)
                {
                    w.Line("request.FormUrlEncoded = true;");
                }

                foreach (var part in body.Parts)
                {
                    if (part.IsFile)
                    {
                        w.Line("request.AddFormFile(" + CodeWriter.Literal(part.Name) + ", " + part.CsName + ");");
                    }
                    else
                    {
                        w.Line("request.AddFormField(" + CodeWriter.Literal(part.Name) + ", " + TextValue(ctx, part.Type, part.CsName, !part.Required || part.Type.Nullable) + ");");
                    }
                }

                break;
        }
    }

    private static string PathExpression(EmitContext ctx, OperationModel op)
    {
        var parts = new List<string>();
        var path = op.Path;
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '{' && path.IndexOf('}', i) is var end && end > i)
            {
                var name = path.Substring(i + 1, end - i - 1);
                var parameter = op.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.Name == name);
                if (parameter is not null)
                {
                    if (literal.Length > 0)
                    {
                        parts.Add(CodeWriter.Literal(literal.ToString()));
                        literal.Clear();
                    }

                    parts.Add(PathValue(ctx, parameter));
                    i = end;
                    continue;
                }
            }

            literal.Append(path[i]);
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(CodeWriter.Literal(literal.ToString()));
        }

        return string.Join(" + ", parts);
    }

    private static string PathValue(EmitContext ctx, ParameterModel p)
    {
        var http = ctx.Qualified(ctx.Prefix + "Http");
        var value = p.Type.Nullable && p.Type.IsValueType ? p.CsName + ".GetValueOrDefault()" : p.CsName;
        return p.Type.Kind switch
        {
            TypeKind.Named => http + ".Path(" + value + ".Value)",
            TypeKind.Uri => http + ".Path(" + value + ".OriginalString)",
            TypeKind.Decimal => http + ".Path(" + value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture))",
            TypeKind.Array => http + ".Path(string.Join(\",\", " + Strings(ctx, p.Type.Element!, p.CsName, false) + "))",
            TypeKind.Json or TypeKind.Bytes or TypeKind.Binary or TypeKind.Map => http + ".Path(" + value + ".ToString() ?? string.Empty)",
            _ => http + ".Path(" + value + ")",
        };
    }

    private static string QueryValue(TypeRef type, string name, bool nullable) => type.Kind switch
    {
        TypeKind.Named => nullable ? name + "?.Value" : name + ".Value",
        _ => name,
    };

    /// <summary>A string? expression for headers and form fields.</summary>
    private static string TextValue(EmitContext ctx, TypeRef type, string name, bool nullable)
    {
        var http = ctx.Qualified(ctx.Prefix + "Http");
        return type.Kind switch
        {
            TypeKind.String => name,
            TypeKind.Named when type.NamedKind == NamedKind.Enum => nullable ? name + "?.Value" : name + ".Value",
            TypeKind.Named => name + " is null ? null : " + ctx.Json + ".SerializeToString<" + ctx.Base(type) + ">(" + name + ", " + ctx.Converter(type.Name!) + ".WriteValue)",
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Boolean => http + ".Text(" + name + ")",
            TypeKind.Array => name + " is null ? null : string.Join(\",\", " + Strings(ctx, type.Element!, name, false) + ")",
            TypeKind.Uri => name + "?.OriginalString",
            _ => nullable || !type.IsValueType ? name + "?.ToString()" : name + ".ToString()",
        };
    }

    /// <summary>An IEnumerable&lt;string&gt; (or null) from an array parameter.</summary>
    private static string Strings(EmitContext ctx, TypeRef element, string name, bool nullable)
    {
        string? convert = element.Kind switch
        {
            TypeKind.String => null,
            TypeKind.Named => "static x => x.Value",
            TypeKind.Boolean => "static x => x ? \"true\" : \"false\"",
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal => "static x => x.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
            TypeKind.DateTimeOffset => "static x => x.ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)",
            TypeKind.Uri => "static x => x.OriginalString",
            _ => "static x => x.ToString()",
        };
        if (convert is null || element.Nullable)
        {
            return convert is null ? name : name + " is null ? null : global::System.Linq.Enumerable.Select(" + name + ", static x => x?.ToString() ?? string.Empty)";
        }

        var select = "global::System.Linq.Enumerable.Select(" + name + ", " + convert + ")";
        return nullable ? name + " is null ? null : " + select : select;
    }

    private static void EmitEnumerate(EmitContext ctx, CodeWriter w, OperationModel op)
    {
        var pagination = op.Pagination!;
        var parameters = Parameters(ctx, op, includeToken: false);
        var item = ctx.Element(pagination.Item);
        w.Doc("Enumerates every item of " + op.OperationId + ", page by page, following " + pagination.NextTokenPropertyCsName + ".", "Pages are requested as the enumeration proceeds; stop enumerating to stop requesting.");
        foreach (var p in parameters)
        {
            w.DocElement("param", p.Doc ?? p.Name, "name=\"" + p.Name + "\"");
        }

        w.DocElement("param", "Cancels the enumeration.", "name=\"cancellationToken\"");
        if (op.Deprecated)
        {
            w.Line("[global::System.Obsolete(\"Deprecated by the API.\")]");
        }

        var signature = string.Join(", ", parameters.Select(p => p.Declaration).Concat(new[] { "[global::System.Runtime.CompilerServices.EnumeratorCancellation] " + CancellationToken + " cancellationToken = default" }));
        w.Open("public async global::System.Collections.Generic.IAsyncEnumerable<" + item + "> " + pagination.EnumerateMethodName + "(" + signature + ")");
        w.Line("string? pageToken = null;");
        w.Open("while (true)");
        var args = op.Parameters.Select(p => p.CsName == pagination.TokenParameterCsName ? p.CsName + ": pageToken" : p.CsName + ": " + p.CsName).ToList();
        if (op.Body is { } body)
        {
            if (body.Kind == BodyKind.Json)
            {
                args.Add(op.BodyParameterCsName + ": " + op.BodyParameterCsName);
            }
            else if (body.Kind == BodyKind.Binary)
            {
                args.Add(op.BodyParameterCsName + ": " + op.BodyParameterCsName);
                args.Add("contentType: contentType");
            }
            else
            {
                args.AddRange(body.Parts.Select(part => part.CsName + ": " + part.CsName));
            }
        }

        args.Add("cancellationToken: cancellationToken");
        w.Line("var page = await " + op.MethodName + "(" + string.Join(", ", args) + ").ConfigureAwait(false);");
        w.Open("if (page." + pagination.ItemsPropertyCsName + " is { } items)");
        w.Open("foreach (var item in items)");
        w.Line("yield return item;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("var next = page." + pagination.NextTokenPropertyCsName + ";");
        var stop = "string.IsNullOrEmpty(next) || next == pageToken";
        if (pagination.HasMorePropertyCsName is { } hasMore)
        {
            stop = "page." + hasMore + " == false || " + stop;
        }

        w.Open("if (" + stop + ")");
        w.Line("yield break;");
        w.Close();
        w.Line();
        w.Line("pageToken = next;");
        w.Close();
        w.Close();
    }

    public static string EmitRoot(EmitContext ctx)
    {
        var model = ctx.Model;
        var name = model.Options.ClientName;
        var transport = ctx.Qualified(ctx.Prefix + "Transport");
        var options = ctx.Qualified(ctx.Prefix + "ClientOptions");
        var w = new CodeWriter();
        EmitContext.Header(w);
        w.Open("namespace " + ctx.Namespace);
        w.Doc("The " + model.Title + " client (version " + model.Version + "): one property per group of operations.", model.Description);
        w.Line(EmitContext.GeneratedCode);
        w.Open(ctx.Visibility + " sealed partial class " + name + " : global::System.IDisposable");
        w.Line("private readonly " + transport + " _transport;");
        w.Line();
        w.Doc("Creates a client with default options: the API key is read from " + model.Options.ApiKeyVariable + " at the first call.");
        w.Line("public " + name + "()");
        w.Line("    : this(new " + options + "())");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Doc("Creates a client that owns its HttpClient (pooled connections, no static state).");
        w.Line("public " + name + "(" + options + " options)");
        w.Line("    : this(new " + transport + "(null, options ?? throw new global::System.ArgumentNullException(nameof(options))))");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Doc("Creates a client on a caller-owned HttpClient (for example from IHttpClientFactory); give it an infinite Timeout, the client applies its own per kind of call.");
        w.Line("public " + name + "(global::System.Net.Http.HttpClient httpClient, " + options + "? options = null)");
        w.Line("    : this(new " + transport + "(httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient)), options ?? new " + options + "()))");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Open("private " + name + "(" + transport + " transport)");
        w.Line("_transport = transport;");
        foreach (var tag in model.Tags)
        {
            w.Line(tag.PropertyName + " = new " + ctx.Qualified(tag.ClassName) + "(transport);");
        }

        w.Close();
        w.Line();
        w.Doc("The options this client was created with.");
        w.Line("public " + options + " Options => _transport.Options;");
        foreach (var tag in model.Tags)
        {
            w.Line();
            w.Doc(tag.Description ?? "Operations tagged " + tag.Name + ".");
            w.Line("public " + ctx.Qualified(tag.ClassName) + " " + tag.PropertyName + " { get; }");
        }

        w.Line();
        w.Line("internal " + transport + " Transport => _transport;");
        w.Line();
        w.Doc("Releases the HttpClient if this client created it.");
        w.Line("public void Dispose() => _transport.Dispose();");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
