namespace HeyGen.Emulator.Infrastructure;

/// <summary>Query-string readers that fail the way HeyGen does: 400 with the parameter named.</summary>
internal static class QueryParameters
{
    public static string? String(HttpContext context, string name)
    {
        var values = context.Request.Query[name];
        var value = values.Count == 0 ? null : values[^1];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string Required(HttpContext context, string name) =>
        String(context, name) ?? throw ApiException.Missing(name);

    /// <summary>Reads <c>limit</c> within the endpoint's bounds: "Invalid 'limit'. Must be between 1 and 100."</summary>
    public static int Limit(HttpContext context, int defaultValue, int max)
    {
        var text = String(context, "limit");
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) || limit < 1 || limit > max)
        {
            throw ApiException.Invalid("limit", "Invalid 'limit'. Must be between 1 and " + max.ToString(CultureInfo.InvariantCulture) + ".");
        }

        return limit;
    }

    /// <summary>A comma-separated list (style: form, explode: false); repeated parameters are accepted too.</summary>
    public static List<string> List(HttpContext context, string name)
    {
        var result = new List<string>();
        foreach (var value in context.Request.Query[name])
        {
            if (value is null)
            {
                continue;
            }

            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                result.Add(part);
            }
        }

        return result;
    }

    /// <summary>An enum-valued filter: unknown values are rejected with the allowed list.</summary>
    public static string? OneOf(HttpContext context, string name, params string[] allowed)
    {
        var value = String(context, name);
        if (value is not null && Array.IndexOf(allowed, value) < 0)
        {
            throw ApiException.Invalid(name, "Invalid '" + name + "'. Must be one of: " + string.Join(", ", allowed) + ".");
        }

        return value;
    }
}
