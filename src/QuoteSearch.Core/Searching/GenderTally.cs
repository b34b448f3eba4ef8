using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// The genders the quotes of one written name give it: the one gender when every quote that gives one agrees, null
/// when none does or they differ (a bare "Halloran" that is "Mr." in one article and "Mrs." in another says nothing).
/// </summary>
internal struct GenderTally
{
    private bool male;
    private bool female;

    public void Add(SpeakerGender? gender)
    {
        male |= gender == SpeakerGender.Male;
        female |= gender == SpeakerGender.Female;
    }

    public void Add(GenderTally other)
    {
        male |= other.male;
        female |= other.female;
    }

    public readonly SpeakerGender? Result => (male, female) switch
    {
        (true, false) => SpeakerGender.Male,
        (false, true) => SpeakerGender.Female,
        _ => null,
    };
}
