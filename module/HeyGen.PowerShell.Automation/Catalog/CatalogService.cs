namespace HeyGen.Automation;

/// <summary>Lists avatars (looks), avatar groups and voices, filtered by <see cref="CatalogFilter"/>, and feeds tab completion.</summary>
public sealed class CatalogService
{
    private readonly HeyGenClient _client;

    public CatalogService(HeyGenClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Avatar looks, optionally of one group, whose name or id matches the filter.</summary>
    public async Task<IReadOnlyList<HeyGenAvatar>> GetAvatarsAsync(CatalogFilter filter, string? groupId, CancellationToken cancellationToken)
    {
        if (filter is null)
        {
            throw new ArgumentNullException(nameof(filter));
        }

        var names = filter.NamePatterns();
        var result = new List<HeyGenAvatar>();
        await foreach (var look in _client.Avatars.EnumerateAvatarLooksAsync(groupId: string.IsNullOrEmpty(groupId) ? null : groupId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Wildcard.MatchesAny(names, look.Name, look.Id) && filter.GenderMatches(look.Gender))
            {
                result.Add(HeyGenAvatar.From(look));
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<HeyGenAvatarGroup>> GetAvatarGroupsAsync(CatalogFilter filter, CancellationToken cancellationToken)
    {
        if (filter is null)
        {
            throw new ArgumentNullException(nameof(filter));
        }

        var names = filter.NamePatterns();
        var result = new List<HeyGenAvatarGroup>();
        await foreach (var group in _client.Avatars.EnumerateAvatarGroupsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Wildcard.MatchesAny(names, group.Name, group.Id) && filter.GenderMatches(group.Gender))
            {
                result.Add(HeyGenAvatarGroup.From(group));
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<HeyGenVoice>> GetVoicesAsync(CatalogFilter filter, CancellationToken cancellationToken)
    {
        if (filter is null)
        {
            throw new ArgumentNullException(nameof(filter));
        }

        var names = filter.NamePatterns();
        var languages = filter.LanguagePatterns();
        var result = new List<HeyGenVoice>();
        await foreach (var voice in _client.Voices.EnumerateVoicesAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Wildcard.MatchesAny(names, voice.Name, voice.VoiceId) && Wildcard.MatchesAny(languages, voice.Language) && filter.GenderMatches(voice.Gender))
            {
                result.Add(HeyGenVoice.From(voice));
            }
        }

        return result;
    }

    /// <summary>Completion candidates for <paramref name="kind"/> (ids show their name, names show their id).</summary>
    public async Task<IReadOnlyList<CompletionCandidate>> GetCompletionsAsync(CompletionKind kind, CancellationToken cancellationToken)
    {
        var all = new CatalogFilter();
        switch (kind)
        {
            case CompletionKind.AvatarId:
                return (await GetAvatarsAsync(all, null, cancellationToken).ConfigureAwait(false))
                    .Select(a => new CompletionCandidate(a.AvatarId, a.AvatarId + " (" + a.Name + ")", a.Name + ", " + a.Gender + ", " + a.AvatarType)).ToList();
            case CompletionKind.AvatarName:
                return (await GetAvatarsAsync(all, null, cancellationToken).ConfigureAwait(false))
                    .Select(a => new CompletionCandidate(a.Name, a.Name, a.AvatarId)).ToList();
            case CompletionKind.AvatarGroupId:
                return (await GetAvatarGroupsAsync(all, cancellationToken).ConfigureAwait(false))
                    .Select(g => new CompletionCandidate(g.GroupId, g.GroupId + " (" + g.Name + ")", g.Name + ", " + g.LooksCount + " looks")).ToList();
            case CompletionKind.VoiceId:
                return (await GetVoicesAsync(all, cancellationToken).ConfigureAwait(false))
                    .Select(v => new CompletionCandidate(v.VoiceId, v.VoiceId + " (" + v.Name + ")", v.Name + ", " + v.Language + ", " + v.Gender)).ToList();
            default:
                return (await GetVoicesAsync(all, cancellationToken).ConfigureAwait(false))
                    .Select(v => new CompletionCandidate(v.Name, v.Name, v.VoiceId + ", " + v.Language)).ToList();
        }
    }
}
