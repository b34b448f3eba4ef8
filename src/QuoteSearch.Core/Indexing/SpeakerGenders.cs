using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Indexing;

/// <summary>A speaker's gender as the <see cref="IndexFields.SpeakerGender"/> doc values hold it: 0 none, 1 male, 2 female.</summary>
internal static class SpeakerGenders
{
    public static long Code(SpeakerGender gender) => gender == SpeakerGender.Male ? 1 : 2;

    public static SpeakerGender? Of(long code) => code switch
    {
        1 => SpeakerGender.Male,
        2 => SpeakerGender.Female,
        _ => null,
    };
}
