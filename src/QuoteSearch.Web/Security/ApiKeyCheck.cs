using System.Security.Cryptography;
using System.Text;

namespace QuoteSearch.Web.Security;

/// <summary>Compares a presented API key with the configured one in constant time.</summary>
public static class ApiKeyCheck
{
    public const string Header = "X-Api-Key";

    public static bool Matches(string? configured, string? presented)
    {
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(presented)) return false;
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
