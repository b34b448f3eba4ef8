using static QuoteSearch.Core.Attribution.Lexicon;

namespace QuoteSearch.Core.Attribution;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>
/// The grammatical gender "he" or "she" needs, from the titles an article gives a person (Mr., Mrs., Sen. ... is
/// not enough) or common first names. Unknown is compatible with both pronouns.
/// </summary>
internal static class Genders
{
    private static readonly HashSet<string> FemaleTitles = Set("mrs. mrs ms. ms miss madam madame congresswoman spokeswoman chairwoman businesswoman queen lady dame sister mother wife daughter");
    private static readonly HashSet<string> MaleTitles = Set("mr. mr congressman spokesman chairman businessman king sir lord brother father husband son prince");

    private static readonly HashSet<string> FemaleNames = Set(
        "hillary melania ivanka chelsea michelle nancy elizabeth sarah sara kellyanne huma donna debbie deborah hope " +
        "mary patricia jennifer linda barbara susan jessica karen lisa betty margaret sandra ashley kimberly emily carol " +
        "amanda melissa stephanie rebecca laura sharon cynthia kathleen amy angela shirley anna brenda pamela nicole " +
        "emma samantha katherine catherine christine debra rachel carolyn janet virginia maria heather diane julie joyce " +
        "victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline " +
        "ann gloria teresa kathryn sophia janice jean alice madison doris abigail julia judy grace denise amber marilyn " +
        "beverly danielle theresa marie diana brittany natalie isabella charlotte rose alexis kayla elaine jill kirsten " +
        "tammy tulsi kamala dianne barbara condoleezza sonia ruth loretta valerie susana nikki jan jeanne carly gennifer " +
        "monica paula claire angelique gwen marcia malkia ava jo-renee charlotte olive veronica esther carla krystal " +
        "jacklyn azucena stephanie martha ariana julie christina karen");

    private static readonly HashSet<string> MaleNames = Set(
        "donald barack bill joe mike michael ted marco jeb bernie chris john james robert william david richard joseph " +
        "thomas charles daniel matthew anthony mark paul steven steve andrew kenneth joshua kevin brian george edward " +
        "ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin " +
        "samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry nathan douglas " +
        "zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur " +
        "lawrence jesse dylan bryan jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene " +
        "vincent russell elijah louis bobby philip johnny reince newt rudy rudolph corey sean eric harry mitch lindsey " +
        "rand rick tim tom howard vladimir kirill volodymyr dmitry sergei xi ed jim bob al rex mitt dick karl reid " +
        "hugh laurence vann elliot jorge oscar francisco carlos steve mel clint ben");

    public static Gender FromTitle(string token) =>
        FemaleTitles.Contains(token) ? Gender.Female : MaleTitles.Contains(token) ? Gender.Male : Gender.Unknown;

    public static Gender FromFirstName(string token) =>
        FemaleNames.Contains(token) ? Gender.Female : MaleNames.Contains(token) ? Gender.Male : Gender.Unknown;

    public static Gender OfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" => Gender.Male,
        "she" or "her" or "hers" => Gender.Female,
        _ => Gender.Unknown,
    };

    public static bool Compatible(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;
}
