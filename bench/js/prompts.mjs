// The prompts every client of scenarios 2 and 3 sends (the C# floor and the PowerShell side build the same strings).
export const numberedPrompt = (index) => `Benchmark prompt ${index}: name one prime number.`;
export const warmupPrompt = (index) => `Warm-up prompt ${index}`;
