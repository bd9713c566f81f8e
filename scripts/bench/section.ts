/** One section of `npm run bench`: a name and the lines it prints. */
export interface BenchSection {
  name: string;
  run(): string[] | Promise<string[]>;
}
