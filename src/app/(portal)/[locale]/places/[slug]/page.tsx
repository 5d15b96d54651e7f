import {
  DetailPage,
  detailMetadata,
  type DetailProps,
} from '../../../../../components/portal/DetailPage.js'

export const generateMetadata = detailMetadata('learning-environments')

const Page = (props: DetailProps) => DetailPage({ collection: 'learning-environments', ...props })

export default Page
