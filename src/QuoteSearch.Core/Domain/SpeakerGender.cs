namespace QuoteSearch.Core.Domain;

/// <summary>
/// The gender an article's titles give a person speaker ("Mr.", "Mrs.", "congresswoman"). Identity uses it to tell
/// apart people who share a surname when only the surname is written ("Mr. Quist" beside two full Quists).
/// </summary>
public enum SpeakerGender
{
    Male,
    Female,
}
