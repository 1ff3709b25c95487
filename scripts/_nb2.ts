import { dump } from './_nb';
export async function main(a: string[]) { dump(a[0]!, a[1] as any, a[2]!); }
