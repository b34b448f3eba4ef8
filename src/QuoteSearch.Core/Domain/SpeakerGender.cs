namespace QuoteSearch.Core.Domain;

/// <summary>
/// The gender an article's titles give a person speaker ("Mr.", "Mrs.", "congresswoman"). Identity uses it to tell
/// apart people who share a surname when only the surname is written ("Mr. Obama" beside two full Obamas).
/// </summary>
public enum SpeakerGender
{
    Male,
    Female,
}
