import type { FuseConfig } from '@electron/fuses';

export declare const FUSE_CONFIG: FuseConfig;
export interface AfterPackContextLike {
  packager: { addElectronFuses(context: unknown, fuses: FuseConfig): Promise<number> };
}
export declare function afterPack(context: AfterPackContextLike): Promise<void>;
export default afterPack;
