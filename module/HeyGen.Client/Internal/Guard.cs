namespace HeyGen.Internal;

/// <summary>Argument checks that compile on netstandard2.0 and modern .NET alike.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string name)
        where T : class => value ?? throw new ArgumentNullException(name);
}
