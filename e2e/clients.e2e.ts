import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/demo";
import { staffUrl } from "./support/urls";

test("a clinician finds a client by name from the client list and opens the record", async ({ page }) => {
  await signIn(page, staffUrl, demo.clinician, demo.password);
  await expect(page).toHaveURL(`${staffUrl}/`);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();

  await page.getByLabel("Name").fill("delgado, mari");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/clients\?query=delgado/);
  const results = page.getByRole("table");
  await expect(results).toHaveCount(1);
  const client = results.getByRole("link", { name: "Delgado, Maria (Mari)" });
  await expect(results.getByRole("link")).toHaveCount(1);

  await client.click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Delgado, Maria");
});
