namespace QuoteSearch.Core.Identity;

/// <summary>
/// Maps each surname to the first surname seen that <see cref="Spellings.SameSurname"/> calls the same, so near
/// spellings share a key. Lookup is by the word and each of its one-letter deletions (any two words one edit apart
/// share one), so it stays fast over many thousands of names; every candidate is checked by the rule itself.
/// </summary>
internal sealed class SurnameKeys
{
    private readonly Dictionary<string, List<string>> byDeletion = new(StringComparer.Ordinal);

    public string KeyOf(string surname)
    {
        foreach (var variant in Variants(surname))
        {
            if (!byDeletion.TryGetValue(variant, out var keys)) continue;
            foreach (var key in keys)
            {
                if (Spellings.SameSurname(key, surname)) return key;
            }
        }
        foreach (var variant in Variants(surname))
        {
            if (!byDeletion.TryGetValue(variant, out var keys)) byDeletion[variant] = keys = [];
            keys.Add(surname);
        }
        return surname;
    }

    private static IEnumerable<string> Variants(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++) yield return word.Remove(i, 1);
    }
}
