import { stepwiseNextConfig } from "@stepwise/ui/next-config";

export default stepwiseNextConfig();
