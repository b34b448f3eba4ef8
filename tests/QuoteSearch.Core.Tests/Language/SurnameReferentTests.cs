using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Tests.Language;

public sealed class SurnameReferentTests
{
    private static Gender GenderOf(string fullName) => Genders.FromFirstName(fullName.Split(' ')[0]);

    [Theory]
    // forms in reading order (| between), the bare surname's title gender, the person expected
    [InlineData("Wendell Ostrander|Bartholomew Ostrander", "Unknown", "Wendell Ostrander")]
    [InlineData("Bartholomew Ostrander|Wendell Ostrander|Wendell Ostrander", "Unknown", "Wendell Ostrander")]
    [InlineData("Orla Quist|Ivor Quist", "Male", "Ivor Quist")]
    [InlineData("Ivor Quist|Orla Quist", "Female", "Orla Quist")]
    [InlineData("Team Marsh|Dagny Marsh", "Unknown", "Dagny Marsh")]
    [InlineData("Hilary Vance|Hillary Vance|Tobias Vance|Tobias Vance", "Unknown", "Hilary Vance")]
    public void Picks_the_person_a_bare_surname_means(string forms, string bareGender, string expected)
    {
        var picked = SurnameReferent.FormsOfLikeliest(forms.Split('|'), Enum.Parse<Gender>(bareGender), GenderOf, GenderOf);
        Assert.Contains(expected, picked);
        Assert.All(picked, form => Assert.True(SurnameReferent.SameGivenName(form.Split(' ')[0], expected.Split(' ')[0])));
    }

    [Fact]
    public void A_title_of_the_other_gender_than_a_titled_full_name_names_someone_the_article_never_names_in_full()
    {
        Assert.Empty(SurnameReferent.FormsOfLikeliest(["Orla Quist"], Gender.Male, GenderOf, _ => Gender.Female));
        Assert.Equal(["Orla Quist"], SurnameReferent.FormsOfLikeliest(["Orla Quist"], Gender.Female, GenderOf, _ => Gender.Female));
        // Only a title proves it: a first name's usual gender does not.
        Assert.Equal(["Orla Quist"], SurnameReferent.FormsOfLikeliest(["Orla Quist"], Gender.Male, GenderOf, _ => Gender.Unknown));
    }

    [Fact]
    public void Keeps_every_form_of_one_person()
    {
        string[] forms = ["Hillary Vance", "Hillary Rodham Vance", "Hillary Vance"];
        Assert.Equal(forms, SurnameReferent.FormsOfLikeliest(forms, Gender.Unknown, GenderOf, GenderOf));
    }
}
